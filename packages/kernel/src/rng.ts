/** A source of uniform random numbers in [0, 1), passed in so that runs are reproducible. */
export interface Rng {
  next(): number;
  /** A whole number in [0, n). */
  int(n: number): number;
}

/** A seeded generator (mulberry32): the same seed gives the same sequence on every machine. */
export class SeededRng implements Rng {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}
