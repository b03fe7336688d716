import { type Instant, SeededRng } from '@muster/kernel';
import {
  type ColumnGenerationResult,
  CurtoisProblem,
  type MipSolver,
  type Score,
  type SolveOptions,
  curtoisModel,
  improveWithColumns,
  improveWithMip,
  parseCurtoisInstance,
  solve,
} from '../src/index.ts';

/** The system clock for solving (edge code: the pure core takes a Clock). */
export const SYSTEM_CLOCK = { now: () => performance.now() as Instant };

export interface CurtoisRun {
  readonly roster: Int16Array;
  readonly best: Score;
  readonly steps: number;
  readonly elapsedMs: number;
  /** MIP subproblems solved after local search (0 without a MIP solver). */
  readonly subproblems: number;
  /** The column-generation phase, when it ran. */
  readonly columnGeneration?: ColumnGenerationSummary;
}

/** What the column-generation phase did (improveWithColumns), for reports. */
export type ColumnGenerationSummary = Pick<
  ColumnGenerationResult,
  'lpValue' | 'firstLpValue' | 'converged' | 'rounds' | 'columns' | 'mipStatus' | 'lpSeconds' | 'mipSeconds' | 'improved'
> & {
  /** Objective before and after the phase. */
  readonly objectiveBefore: number;
  readonly objectiveAfter: number;
};

/**
 * Share of a time-limited run given to local search; the rest goes to large-neighbourhood search
 * with exact MIP subproblems (improveWithMip). Measured on Instances 6–12 (60 s, one thread each):
 * 30 s + 30 s ended at or below 60 s of local search alone on all seven, 0.1–7 % lower (ADR 0005).
 */
const LOCAL_SEARCH_SHARE = 0.5;

/**
 * With column generation (docs/decisions/0006): after local search, pricing rounds of the pattern
 * master until convergence or this share of the limit, then its MIP over the pool for at most
 * COLUMN_GENERATION_MIP_SHARE of the limit; the rest goes to MIP-LNS. On Instances 4–12 the LP
 * converged in 0.3–1.3 s; a master MIP that improved did so within ~3 s, one that did not ran
 * to its limit and left MIP-LNS less time (first measurement of ADR 0006: up to 0.75 of the limit).
 */
const COLUMN_GENERATION_LP_END = 0.6;
const COLUMN_GENERATION_MIP_SHARE = 0.1;

/**
 * One seeded search of an instance in this thread: local search, then (with a MIP solver and a
 * time limit but no step limit, so that step-limited runs stay reproducible) the column-generation
 * phase (unless `columnGeneration` is false) and MIP-based large neighbourhood search from the
 * best roster.
 */
export function solveCurtoisInProcess(options: {
  name: string;
  text: string;
  seed: number;
  timeLimitMs?: number;
  stepLimit?: number;
  shouldStop?: () => boolean;
  onProgress?: (best: Score, step: number, elapsedMs: number) => void;
  mip?: MipSolver;
  /**
   * Run the column-generation phase (pattern master, price-and-branch) between local search and
   * MIP-LNS; default true (ADR 0006).
   */
  columnGeneration?: boolean;
}): CurtoisRun {
  const parsed = parseCurtoisInstance(options.name, options.text);
  if (!parsed.ok) throw new Error(`${options.name}: ${parsed.error.map((i) => `line ${i.line}: ${i.message}`).join('; ')}`);
  const model = curtoisModel(parsed.value);
  const problem = new CurtoisProblem(model);
  const started = SYSTEM_CLOCK.now();
  const hybrid = options.mip !== undefined && options.timeLimitMs !== undefined && options.stepLimit === undefined;
  const localMs = hybrid ? LOCAL_SEARCH_SHARE * options.timeLimitMs! : options.timeLimitMs;
  const search = (seed: number, stepsBefore: number): Omit<SolveOptions, 'timeLimitMs'> => ({
    rng: new SeededRng(seed),
    clock: SYSTEM_CLOCK,
    ...(options.stepLimit === undefined ? {} : { stepLimit: options.stepLimit }),
    ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    onProgress: (p) => options.onProgress?.(p.best, stepsBefore + p.step, SYSTEM_CLOCK.now() - started),
    progressEverySteps: 200_000,
  });
  const result = solve(problem, { ...search(options.seed, 0), ...(localMs === undefined ? {} : { timeLimitMs: localMs }) });
  let columnGeneration: ColumnGenerationSummary | undefined;
  const done = (best: Score, steps: number, roster = problem.roster, subproblems = 0): CurtoisRun => ({
    roster,
    best,
    steps,
    elapsedMs: SYSTEM_CLOCK.now() - started,
    subproblems,
    ...(columnGeneration ? { columnGeneration } : {}),
  });
  if (!hybrid) return done(result.best, result.steps);
  if (result.best.hard > 0) {
    // Still infeasible: the MIP needs a feasible start, so local search keeps the whole budget.
    const remainingMs = Math.max(0, started + options.timeLimitMs! - SYSTEM_CLOCK.now());
    const more = solve(problem, { ...search(options.seed + 1, result.steps), timeLimitMs: remainingMs, runConstructionHeuristic: false });
    return done(more.best, result.steps + more.steps);
  }
  const roster = Int16Array.from(problem.roster);
  if (options.columnGeneration ?? true) {
    const cg = improveWithColumns(model, roster, options.mip!, {
      clock: SYSTEM_CLOCK,
      lpDeadline: started + COLUMN_GENERATION_LP_END * options.timeLimitMs!,
      deadline: started + options.timeLimitMs!,
      mipSeconds: (COLUMN_GENERATION_MIP_SHARE * options.timeLimitMs!) / 1000,
      seed: options.seed,
      ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    });
    const { lpValue, firstLpValue, converged, rounds, columns, mipStatus, lpSeconds, mipSeconds, improved } = cg;
    columnGeneration = {
      lpValue,
      firstLpValue,
      converged,
      rounds,
      columns,
      mipStatus,
      lpSeconds,
      mipSeconds,
      improved,
      objectiveBefore: result.best.soft,
      objectiveAfter: cg.objective,
    };
    if (improved) options.onProgress?.({ hard: 0, soft: cg.objective }, result.steps, SYSTEM_CLOCK.now() - started);
  }
  const lns = improveWithMip(model, roster, options.mip!, {
    rng: new SeededRng(options.seed + 7919),
    clock: SYSTEM_CLOCK,
    deadline: started + options.timeLimitMs!,
    ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    onImprove: (objective) => options.onProgress?.({ hard: 0, soft: objective }, result.steps, SYSTEM_CLOCK.now() - started),
  });
  return done({ hard: 0, soft: lns.objective }, result.steps, roster, lns.subproblems);
}
