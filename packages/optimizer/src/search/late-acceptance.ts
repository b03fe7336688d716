import type { Acceptor } from './acceptor.ts';

/**
 * Late acceptance (Burke & Bykov 2017): a candidate is kept when it is no worse than the current
 * score or than the score `length` steps ago.
 */
export class LateAcceptance implements Acceptor {
  readonly #history: Float64Array;

  constructor(length: number, initial: number) {
    this.#history = new Float64Array(Math.max(1, length)).fill(initial);
  }

  accept(candidate: number, current: number, step: number): boolean {
    return candidate <= current || candidate <= this.#history[step % this.#history.length]!;
  }

  stepped(current: number, step: number): void {
    this.#history[step % this.#history.length] = current;
  }
}
