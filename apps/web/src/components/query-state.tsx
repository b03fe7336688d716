/** The part of a TanStack Query result that {@link QueryState} reads. */
export interface QueryStatus {
  readonly isPending: boolean;
  readonly isError: boolean;
  readonly error: Error | null;
}

/**
 * A query's loading and error lines: "Loading `what`…" (a status) while it is pending, "Could not
 * load `what`: …" with the error's message (an alert) if it failed, and nothing once it has data.
 */
export function QueryState({ query, what }: { readonly query: QueryStatus; readonly what: string }) {
  if (query.isPending) return <p role="status">{`Loading ${what}…`}</p>;
  if (query.isError) return <p role="alert">{`Could not load ${what}: ${query.error?.message ?? ''}`}</p>;
  return null;
}
