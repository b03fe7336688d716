import { type Clock, type Rng, invariant } from '@muster/kernel';
import { type Score, compareScores, formatScore } from './score.ts';
import type { SearchProblem } from './search-problem.ts';

export interface SolveOptions {
  readonly rng: Rng;
  readonly clock: Clock;
  /** Stop after this much elapsed time (ms); undefined: no time limit. */
  readonly timeLimitMs?: number;
  /** Stop after this many steps (moves tried); with a seed, makes a run reproducible. */
  readonly stepLimit?: number;
  /** Late-acceptance history length. */
  readonly lateAcceptance?: number;
  /** Weight that makes one hard unit outweigh any soft total in acceptance. */
  readonly hardWeight?: number;
  /** Recompute the score from scratch after every move and throw, naming the diverging part, on a difference. */
  readonly assertMode?: boolean;
  /** Called with the best score when it improves and at least every `progressEverySteps`. */
  readonly onProgress?: (progress: SolveProgress) => void;
  readonly progressEverySteps?: number;
  /** Cancellation: checked every few thousand steps. */
  readonly shouldStop?: () => boolean;
}

export interface SolveProgress {
  readonly step: number;
  readonly elapsedMs: number;
  readonly best: Score;
  readonly current: Score;
}

export interface SolveResult {
  readonly best: Score;
  readonly steps: number;
  readonly elapsedMs: number;
  readonly stoppedBy: 'time' | 'steps' | 'cancelled';
}

/**
 * Local search with late acceptance (Burke & Bykov): a candidate is accepted when it is no worse
 * than the current score or than the score `L` steps ago. Anytime: the best solution so far is
 * kept in the problem (saveBest) and restored at the end.
 */
export function solve<M>(problem: SearchProblem<M>, options: SolveOptions): SolveResult {
  invariant(options.timeLimitMs !== undefined || options.stepLimit !== undefined || options.shouldStop !== undefined, 'a search needs a time limit, a step limit or a way to stop');
  const hardWeight = options.hardWeight ?? 1e6;
  const scalar = (s: Score): number => s.hard * hardWeight + s.soft;
  const started = options.clock.now();
  const history = new Float64Array(options.lateAcceptance ?? 2000).fill(scalar(problem.score()));
  const everySteps = options.progressEverySteps ?? 100_000;
  let best = problem.score();
  problem.saveBest();
  let step = 0;
  let stoppedBy: SolveResult['stoppedBy'] = 'steps';
  for (;;) {
    if (options.stepLimit !== undefined && step >= options.stepLimit) {
      stoppedBy = 'steps';
      break;
    }
    if ((step & 1023) === 0) {
      if (options.timeLimitMs !== undefined && options.clock.now() - started >= options.timeLimitMs) {
        stoppedBy = 'time';
        break;
      }
      if (options.shouldStop?.()) {
        stoppedBy = 'cancelled';
        break;
      }
    }
    step++;
    const move = problem.randomMove(options.rng);
    if (move === undefined) continue;
    const before = scalar(problem.score());
    problem.doMove(move);
    if (options.assertMode) assertScore(problem, `after move ${step}`);
    const candidate = problem.score();
    const value = scalar(candidate);
    const slot = step % history.length;
    if (value <= before || value <= history[slot]!) {
      if (compareScores(candidate, best) < 0) {
        best = candidate;
        problem.saveBest();
        options.onProgress?.({ step, elapsedMs: options.clock.now() - started, best, current: candidate });
      }
    } else {
      problem.undoMove(move);
      if (options.assertMode) assertScore(problem, `after undoing move ${step}`);
    }
    history[slot] = scalar(problem.score());
    if (step % everySteps === 0) options.onProgress?.({ step, elapsedMs: options.clock.now() - started, best, current: problem.score() });
  }
  problem.restoreBest();
  return { best, steps: step, elapsedMs: options.clock.now() - started, stoppedBy };
}

function assertScore<M>(problem: SearchProblem<M>, when: string): void {
  const incremental = problem.score();
  const full = problem.recomputeScore();
  if (incremental.hard !== full.hard || incremental.soft !== full.soft) {
    throw new Error(`Score corruption ${when}: incremental ${formatScore(incremental)} but from scratch ${formatScore(full)}; ${problem.explainDifference()}`);
  }
}
