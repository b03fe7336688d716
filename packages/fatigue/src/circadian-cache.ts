import { MS_PER_HOUR } from '@muster/kernel';

/**
 * Memoises a function of the clock time by whole second of the day. Epochs fall on a few hundred
 * clock times a day, so each term is computed once per time instead of once per epoch; the value
 * is exactly the function's own (same input, same double).
 */
export class ClockTimeCache {
  readonly #values = new Float64Array(86_400).fill(NaN);
  readonly #fn: (tod: number) => number;

  constructor(fn: (tod: number) => number) {
    this.#fn = fn;
  }

  /** The function at `tod` hours; `tod` is exact hours of a whole second, as the grid produces. */
  at(tod: number): number {
    const second = Math.round((tod * MS_PER_HOUR) / 1000);
    if ((second * 1000) / MS_PER_HOUR !== tod || second >= 86_400) return this.#fn(tod);
    let value = this.#values[second]!;
    if (Number.isNaN(value)) {
      value = this.#fn(tod);
      this.#values[second] = value;
    }
    return value;
  }
}

const shared = new WeakMap<object, Map<string, ClockTimeCache>>();

/** One cache per parameter object and term, shared by every run with those parameters. */
export function sharedClockTimeCache(params: object, term: string, fn: (tod: number) => number): ClockTimeCache {
  let byTerm = shared.get(params);
  if (!byTerm) {
    byTerm = new Map();
    shared.set(params, byTerm);
  }
  let cache = byTerm.get(term);
  if (!cache) {
    cache = new ClockTimeCache(fn);
    byTerm.set(term, cache);
  }
  return cache;
}
