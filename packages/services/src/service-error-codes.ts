/** Codes of the errors the services raise (each explained in docs/errors.md; HTTP status in apps/api). */
export const SERVICE_ERROR_CODES = [
  'auth.invalid-credentials',
  'auth.unauthenticated',
  'auth.token-expired',
  'auth.rate-limited',
  'access.forbidden',
  'resource.not-found',
  'duty-record.end-not-after-start',
  'duty-record.too-long',
  'duty-record.not-editable',
  'override.no-block-finding',
  'override.bad-expiry',
  'import.invalid',
  'policy.invalid',
  'database.unavailable',
  'database.migration-failed',
] as const;
export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];
