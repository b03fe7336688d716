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
export type ColumnGenerationSummary = Omit<ColumnGenerationResult, 'objective' | 'mipObjective' | 'lpCells'> & {
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
 * The columns-first schedule (docs/decisions/0007): local search until the roster is feasible and
 * COLUMNS_LOCAL_SEARCH_SHARE of the limit has passed,
 * then the pattern master's root LP by column generation until it converges or COLUMNS_LP_END of
 * the limit — given up after a few rounds when COLUMNS_EXPECTED_ROUNDS more would not fit — then a
 * dive and the master MIP (at most COLUMNS_MIP_SHARE) until COLUMNS_END, and MIP-LNS for the rest.
 * When the phase gives up, local search resumes for the rest of the limit (docs/decisions/0008), so
 * that on such instances the portfolio runs local search alone beside the local-first schedule.
 */
const COLUMNS_LOCAL_SEARCH_SHARE = 0.15;
const COLUMNS_LP_END = 0.6;
const COLUMNS_END = 0.85;
const COLUMNS_MIP_SHARE = 0.1;
const COLUMNS_EXPECTED_ROUNDS = 40;

/**
 * One seeded search of an instance in this thread. Step-limited runs (and runs without a MIP
 * solver) are local search only, so they stay reproducible. Time-limited runs with a MIP solver
 * follow one of two schedules: local-first (local search for half the limit, then MIP-based large
 * neighbourhood search from the best roster) or, with `columnGeneration` (the default), columns-first
 * (see COLUMNS_LOCAL_SEARCH_SHARE).
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
  /** Columns-first (true, the default) or local-first schedule (ADR 0007). */
  columnGeneration?: boolean;
}): CurtoisRun {
  const parsed = parseCurtoisInstance(options.name, options.text);
  if (!parsed.ok) throw new Error(`${options.name}: ${parsed.error.map((i) => `line ${i.line}: ${i.message}`).join('; ')}`);
  const model = curtoisModel(parsed.value);
  const problem = new CurtoisProblem(model);
  const started = SYSTEM_CLOCK.now();
  const hybrid = options.mip !== undefined && options.timeLimitMs !== undefined && options.stepLimit === undefined;
  const columnsFirst = hybrid && (options.columnGeneration ?? true);
  const limitMs = options.timeLimitMs ?? 0;
  const at = (share: number): number => started + share * limitMs;
  const localMs = hybrid ? LOCAL_SEARCH_SHARE * limitMs : options.timeLimitMs;
  const search = (seed: number, stepsBefore: number): Omit<SolveOptions, 'timeLimitMs'> => ({
    rng: new SeededRng(seed),
    clock: SYSTEM_CLOCK,
    ...(options.stepLimit === undefined ? {} : { stepLimit: options.stepLimit }),
    ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    onProgress: (p) => options.onProgress?.(p.best, stepsBefore + p.step, SYSTEM_CLOCK.now() - started),
    progressEverySteps: 200_000,
  });
  // Columns-first: local search under the local-first limit (so construction keeps its share of
  // it on large instances) but stopped once the roster is feasible after COLUMNS_LOCAL_SEARCH_SHARE.
  const userStop = options.shouldStop;
  const feasibleEnough = (): boolean => SYSTEM_CLOCK.now() >= at(COLUMNS_LOCAL_SEARCH_SHARE) && problem.score().hard === 0;
  const first = columnsFirst ? { shouldStop: () => userStop?.() === true || feasibleEnough() } : {};
  const result = solve(problem, { ...search(options.seed, 0), ...first, ...(localMs === undefined ? {} : { timeLimitMs: localMs }) });
  let steps = result.steps;
  let columnGeneration: ColumnGenerationSummary | undefined;
  const done = (best: Score, roster = problem.roster, subproblems = 0): CurtoisRun => ({
    roster,
    best,
    steps,
    elapsedMs: SYSTEM_CLOCK.now() - started,
    subproblems,
    ...(columnGeneration ? { columnGeneration } : {}),
  });
  const more = (untilMs: number, seed: number): Score => {
    const run = solve(problem, { ...search(seed, steps), timeLimitMs: Math.max(0, untilMs - SYSTEM_CLOCK.now()), runConstructionHeuristic: false });
    steps += run.steps;
    return run.best;
  };
  if (!hybrid) return done(result.best);
  // Still infeasible: the MIP needs a feasible start, so local search keeps the whole budget.
  if (result.best.hard > 0) return done(more(at(1), options.seed + 1));
  const roster = Int16Array.from(problem.roster);
  let guide: Float32Array | undefined;
  if (columnsFirst) {
    const cg = improveWithColumns(model, roster, options.mip!, {
      clock: SYSTEM_CLOCK,
      lpDeadline: at(COLUMNS_LP_END),
      deadline: at(COLUMNS_END),
      mipSeconds: (COLUMNS_MIP_SHARE * limitMs) / 1000,
      expectedRounds: COLUMNS_EXPECTED_ROUNDS,
      requireConvergence: true,
      seed: options.seed,
      ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    });
    const { objective: objectiveAfter, mipObjective: _mipObjective, lpCells, ...phase } = cg;
    columnGeneration = { ...phase, objectiveBefore: result.best.soft, objectiveAfter };
    if (phase.improved) options.onProgress?.({ hard: 0, soft: objectiveAfter }, steps, SYSTEM_CLOCK.now() - started);
    // Pricing too slow to converge in time marks an instance where local search does better than the
    // MIP neighbourhoods too (Instances 12, 15, 18–23: 60 s of local search alone ended 2–30 % below
    // 30 s of it and 30 s of MIP-LNS; 13 the exception), so it keeps the rest of the limit.
    if (phase.abandoned) return done(more(at(1), options.seed + 1));
    guide = lpCells;
  }
  const lns = improveWithMip(model, roster, options.mip!, {
    rng: new SeededRng(options.seed + 7919),
    clock: SYSTEM_CLOCK,
    deadline: at(1),
    ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    ...(guide ? { guide } : {}),
    onImprove: (objective) => options.onProgress?.({ hard: 0, soft: objective }, steps, SYSTEM_CLOCK.now() - started),
  });
  return done({ hard: 0, soft: lns.objective }, roster, lns.subproblems);
}
