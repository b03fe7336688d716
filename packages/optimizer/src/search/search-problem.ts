import type { Rng } from '@muster/kernel';
import type { AcceptorOptions } from './acceptor.ts';
import type { Score } from './score.ts';

/**
 * What the search engine needs of a problem (Timefold's score director, in small): the current
 * score kept incrementally, moves that can be done and undone exactly, and a from-scratch score for
 * assert mode.
 */
export interface SearchProblem<M> {
  /** The current score, maintained incrementally as moves are done and undone. */
  score(): Score;
  /** A random move of the problem's neighbourhoods, or undefined when none applies now. */
  randomMove(rng: Rng): M | undefined;
  /** Applies a move and updates the score incrementally. */
  doMove(move: M): void;
  /** Reverts the last done move exactly (score included). */
  undoMove(move: M): void;
  /** The score computed from scratch; in assert mode it must equal {@link score} after every move. */
  recomputeScore(): Score;
  /** Names the part of the score where incremental and full scores differ (for assert mode). */
  explainDifference(): string;
  /**
   * Construction heuristic phase, run by solve() before local search: builds a starting solution
   * when the problem has none yet (a problem given a starting solution keeps it). Should return
   * early, keeping what it built, once `shouldStop` returns true (its share of the time is used);
   * it may finish a minimal first pass past that, but not past `mustStop` (the time limit or a
   * cancel).
   */
  constructionHeuristic?(rng: Rng, shouldStop?: () => boolean, mustStop?: () => boolean): void;
  /** The acceptor measured best for this problem, used when solve() is given none. */
  readonly preferredAcceptor?: AcceptorOptions;
  /** Copies the current solution as the best one / puts the best one back. */
  saveBest(): void;
  restoreBest(): void;
}
