/** Codes the HTTP layer itself answers with (each explained in docs/errors.md). */
export const API_ERROR_CODES = ['request.invalid', 'request.too-large', 'request.unsupported-media-type', 'route.not-found', 'server.internal'] as const;
