/**
 * The HTTP status of every error code — the one table. Client mistakes are 4xx; only `server.internal`
 * (a bug) and an unreachable database are 5xx.
 */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  'request.invalid': 400,
  'request.too-large': 413,
  'request.unsupported-media-type': 415,
  'route.not-found': 404,
  'auth.invalid-credentials': 401,
  'auth.unauthenticated': 401,
  'auth.token-expired': 401,
  'auth.rate-limited': 429,
  'access.forbidden': 403,
  'resource.not-found': 404,
  'user.email-taken': 409,
  'user.weak-password': 422,
  'user.officer-required': 422,
  'user.units-required': 422,
  'user.self-lockout': 409,
  'user.last-admin': 409,
  'duty-record.end-not-after-start': 422,
  'duty-record.too-long': 422,
  'duty-record.not-editable': 409,
  'override.no-block-finding': 422,
  'override.bad-expiry': 422,
  'operation.end-not-after-start': 422,
  'operation.too-long': 422,
  'operation.unknown-qualification': 422,
  'operation.unknown-role': 422,
  'operation.duplicate-id': 409,
  'operation.already-staffed': 409,
  'proposal.already-decided': 409,
  'proposal.gate-failed': 422,
  'proposal.bad-team': 422,
  'roster-settings.invalid': 422,
  'dashboards.group-too-small': 422,
  'roster-job.bad-range': 422,
  'roster-job.no-demand': 422,
  'roster-job.not-finished': 409,
  'roster-job.already-finished': 409,
  'roster-job.already-decided': 409,
  'roster-job.no-result': 409,
  'roster-job.stale': 409,
  'import.invalid': 422,
  'policy.invalid': 422,
  'database.unavailable': 503,
  'database.migration-failed': 500,
  'server.internal': 500,
};

/** The status for a code; codes of input problems (`import.*`, `policy.*`) are 422. */
export function statusOf(code: string): number {
  return STATUS_BY_CODE[code] ?? (code.startsWith('import.') || code.startsWith('policy.') ? 422 : 500);
}

export const MAPPED_CODES: readonly string[] = Object.keys(STATUS_BY_CODE);
