import { type Clock, type Rng, invariant } from '@muster/kernel';
import type { Acceptor, AcceptorOptions } from './acceptor.ts';
import { LateAcceptance } from './late-acceptance.ts';
import { type Score, compareScores, formatScore } from './score.ts';
import type { SearchProblem } from './search-problem.ts';
import { SimulatedAnnealing } from './simulated-annealing.ts';

export interface SolveOptions {
  readonly rng: Rng;
  readonly clock: Clock;
  /** Stop after this much elapsed time (ms); undefined: no time limit. */
  readonly timeLimitMs?: number;
  /**
   * Stop after this many steps (moves tried). With a seed it makes a run reproducible: the search then
   * measures its progress in steps alone, and a time limit beside it only ends the run early.
   */
  readonly stepLimit?: number;
  /** Late-acceptance history length (when the acceptor is late acceptance and gives none). */
  readonly lateAcceptance?: number;
  /** The acceptor; default: the problem's preferred one, else {@link DEFAULT_ACCEPTOR}. */
  readonly acceptor?: AcceptorOptions;
  /** Weight that makes one hard unit outweigh any soft total in acceptance. */
  readonly hardWeight?: number;
  /** Run the problem's construction heuristic (if it has one) before local search; default true. */
  readonly runConstructionHeuristic?: boolean;
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

/** The acceptor solve() uses when neither the options nor the problem name one. */
export const DEFAULT_ACCEPTOR: AcceptorOptions = { kind: 'late-acceptance' };

/** Share of the time limit the construction heuristic may use. */
const CONSTRUCTION_SHARE = 0.25;

/** Without a time or step limit, the budget fraction that drives cooling cycles over this many steps. */
const CYCLE_STEPS = 5_000_000;

/**
 * Local search after the problem's construction heuristic: each step draws a random move, does it,
 * and keeps it when the acceptor says so (else undoes it). Anytime: the best solution so far is
 * kept in the problem (saveBest) and restored at the end.
 */
export function solve<M>(problem: SearchProblem<M>, options: SolveOptions): SolveResult {
  invariant(options.timeLimitMs !== undefined || options.stepLimit !== undefined || options.shouldStop !== undefined, 'a search needs a time limit, a step limit or a way to stop');
  const hardWeight = options.hardWeight ?? 1e6;
  const scalar = (s: Score): number => s.hard * hardWeight + s.soft;
  const started = options.clock.now();
  if (options.runConstructionHeuristic !== false) {
    // Construction may use a quarter of the time limit; local search repairs what it leaves. With a
    // step limit it runs to its end (bounded only by the whole time limit), so that the run does not
    // depend on the machine's speed.
    const after = (share: number) => (): boolean => options.timeLimitMs !== undefined && options.clock.now() - started >= share * options.timeLimitMs;
    const outOfTime = after(1);
    const timeUp = after(options.stepLimit === undefined ? CONSTRUCTION_SHARE : 1);
    problem.constructionHeuristic?.(
      options.rng,
      () => timeUp() || options.shouldStop?.() === true,
      () => outOfTime() || options.shouldStop?.() === true,
    );
  }
  const acceptor = makeAcceptor(options.acceptor ?? problem.preferredAcceptor ?? DEFAULT_ACCEPTOR, options, scalar(problem.score()));
  const everySteps = options.progressEverySteps ?? 100_000;
  let best = problem.score();
  problem.saveBest();
  let step = 0;
  let progress = 0;
  let stoppedBy: SolveResult['stoppedBy'] = 'steps';
  for (;;) {
    if (options.stepLimit !== undefined && step >= options.stepLimit) {
      stoppedBy = 'steps';
      break;
    }
    if ((step & 1023) === 0) {
      const elapsed = options.clock.now() - started;
      if (options.timeLimitMs !== undefined && elapsed >= options.timeLimitMs) {
        stoppedBy = 'time';
        break;
      }
      if (options.shouldStop?.()) {
        stoppedBy = 'cancelled';
        break;
      }
      progress = budgetUsed(options, step, elapsed);
    }
    step++;
    const move = problem.randomMove(options.rng);
    if (move === undefined) continue;
    const before = scalar(problem.score());
    problem.doMove(move);
    if (options.assertMode) assertScore(problem, `after move ${step}`);
    const candidate = problem.score();
    if (acceptor.accept(scalar(candidate), before, step, progress)) {
      if (compareScores(candidate, best) < 0) {
        best = candidate;
        problem.saveBest();
        options.onProgress?.({ step, elapsedMs: options.clock.now() - started, best, current: candidate });
      }
    } else {
      problem.undoMove(move);
      if (options.assertMode) assertScore(problem, `after undoing move ${step}`);
    }
    acceptor.stepped(scalar(problem.score()), step);
    if (step % everySteps === 0) options.onProgress?.({ step, elapsedMs: options.clock.now() - started, best, current: problem.score() });
  }
  problem.restoreBest();
  return { best, steps: step, elapsedMs: options.clock.now() - started, stoppedBy };
}

function makeAcceptor(choice: AcceptorOptions, options: SolveOptions, initial: number): Acceptor {
  if (choice.kind === 'simulated-annealing') return new SimulatedAnnealing(options.rng, choice.startTemperature ?? 100, choice.endTemperature ?? 0.2);
  return new LateAcceptance(choice.length ?? options.lateAcceptance ?? 2000, initial);
}

/**
 * Fraction of the budget used. A step limit counts steps alone, so a run with one is the same for a
 * seed on any machine (a time limit beside it only stops the search); else the time used, or with
 * neither (stopped from outside) a cycle of CYCLE_STEPS.
 */
function budgetUsed(options: SolveOptions, step: number, elapsedMs: number): number {
  if (options.stepLimit !== undefined) return step / options.stepLimit;
  if (options.timeLimitMs !== undefined) return elapsedMs / options.timeLimitMs;
  return (step % CYCLE_STEPS) / CYCLE_STEPS;
}

function assertScore<M>(problem: SearchProblem<M>, when: string): void {
  const incremental = problem.score();
  const full = problem.recomputeScore();
  if (incremental.hard !== full.hard || incremental.soft !== full.soft) {
    throw new Error(`Score corruption ${when}: incremental ${formatScore(incremental)} but from scratch ${formatScore(full)}; ${problem.explainDifference()}`);
  }
}
