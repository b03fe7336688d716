import type { Instant } from './instant.ts';

/** The source of "now", passed in so that pure code stays deterministic. */
export interface Clock {
  now(): Instant;
}

/** A clock that always answers the same instant (tests, reproducible reports). */
export class FixedClock implements Clock {
  readonly #at: Instant;
  constructor(at: Instant) {
    this.#at = at;
  }
  now(): Instant {
    return this.#at;
  }
}
