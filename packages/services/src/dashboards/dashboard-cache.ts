/**
 * Finished dashboard answers by key (scope, range, and the generations of the data they read: the
 * policy version, each unit's board generation — which every write to its records, overrides,
 * officers or the policy changes — and each unit's roster settings). A key that no longer matches
 * is never looked up again; the oldest entries are forgotten beyond `max`. The promise is kept, so
 * two requests for the same dashboard at once compute it once.
 */
export class DashboardCache<T> {
  readonly #entries = new Map<string, Promise<T>>();

  constructor(private readonly max = 50) {}

  /** The answer for `key`, computed by `compute` unless kept; a failed computation is not kept. */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    const kept = this.#entries.get(key);
    if (kept !== undefined) return kept;
    const value = compute();
    if (this.#entries.size >= this.max) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, value);
    value.catch(() => this.#entries.delete(key));
    return value;
  }

  get size(): number {
    return this.#entries.size;
  }
}
