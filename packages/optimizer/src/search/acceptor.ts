/**
 * Decides whether the search keeps a move (Timefold's acceptor). Scores are scalars here
 * (hard × hardWeight + soft), lower is better.
 */
export interface Acceptor {
  /**
   * True to keep a move from `current` to `candidate`. `progress` is the fraction of the budget
   * used, in [0, 1] (time or steps, whichever limit is nearer).
   */
  accept(candidate: number, current: number, step: number, progress: number): boolean;
  /** Told the score after every step (kept or undone). */
  stepped(current: number, step: number): void;
}

/** How solve() chooses its acceptor. */
export type AcceptorOptions =
  | { readonly kind: 'late-acceptance'; /** history length (steps) */ readonly length?: number }
  | {
      readonly kind: 'simulated-annealing';
      /** Temperature at the start, in soft points (a worsening by T is accepted with probability 1/e). */
      readonly startTemperature?: number;
      /** Temperature at the end of the budget (geometric cooling in between). */
      readonly endTemperature?: number;
    };
