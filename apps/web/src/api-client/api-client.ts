/** A problem document from the API (RFC 9457), as an Error with its code and status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PATCH' | 'PUT', path: string, body?: unknown): Promise<T>;
}

/**
 * Calls the API with the session's bearer token. Any error answer becomes an ApiError carrying the
 * problem document's code and sentence; a 401 also tells `onSignedOut`, so the app returns to sign-in.
 */
export function apiClient(token: () => string | undefined, onSignedOut: () => void, fetchImpl: typeof fetch = fetch): ApiClient {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const bearer = token();
    if (bearer !== undefined) headers['authorization'] = `Bearer ${bearer}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetchImpl(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    if (response.status === 204) return undefined as T;
    const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      if (response.status === 401 && bearer !== undefined) onSignedOut();
      throw new ApiError(
        response.status,
        String(payload['code'] ?? 'unknown'),
        String(payload['detail'] ?? response.statusText),
        payload['details'] as Record<string, unknown> | undefined,
      );
    }
    return payload as T;
  }
  return {
    get: (path) => call('GET', path),
    send: (method, path, body) => call(method, path, body),
  };
}
