/**
 * Finished dashboard answers by key (scope, range, and the generations of the data they read: the
 * policy version, each unit's board generation — which every write to its records, overrides,
 * officers or the policy changes — and each unit's roster settings). A key that no longer matches
 * is never looked up again; the oldest entries are forgotten beyond `max`. The promise is kept, so
 * two requests for the same dashboard at once compute it once. An answer also goes stale at its
 * `validUntil` (epoch ms): when an override it counts as active expires, with no write.
 */
export class DashboardCache<T> {
  readonly #entries = new Map<string, Promise<{ readonly value: T; readonly validUntil: number }>>();

  constructor(private readonly max = 50) {}

  /** The answer for `key`, computed by `compute` unless kept and still valid at `now`; a failed computation is not kept. */
  async get(key: string, now: number, compute: () => Promise<{ readonly value: T; readonly validUntil: number }>): Promise<T> {
    const kept = this.#entries.get(key);
    if (kept !== undefined) {
      const answer = await kept;
      if (now < answer.validUntil) return answer.value;
      this.#entries.delete(key);
    }
    const value = compute();
    if (this.#entries.size >= this.max) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, value);
    value.catch(() => this.#entries.delete(key));
    return (await value).value;
  }

  get size(): number {
    return this.#entries.size;
  }
}
