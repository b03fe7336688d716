import type { Rng } from '@muster/kernel';
import type { Acceptor } from './acceptor.ts';

/**
 * Simulated annealing with geometric cooling over the budget: a worsening by Δ is kept with
 * probability exp(−Δ / T), T going from `start` to `end` as progress goes from 0 to 1.
 */
export class SimulatedAnnealing implements Acceptor {
  readonly #rng: Rng;
  readonly #start: number;
  readonly #end: number;

  constructor(rng: Rng, start: number, end: number) {
    this.#rng = rng;
    this.#start = start;
    this.#end = end;
  }

  temperature(progress: number): number {
    const p = Math.min(1, Math.max(0, progress));
    return this.#start * Math.pow(this.#end / this.#start, p);
  }

  accept(candidate: number, current: number, _step: number, progress: number): boolean {
    if (candidate <= current) return true;
    const t = this.temperature(progress);
    return t > 0 && this.#rng.next() < Math.exp((current - candidate) / t);
  }

  stepped(): void {}
}
