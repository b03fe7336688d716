import { type Instant, SeededRng } from '@muster/kernel';
import { CurtoisProblem, type Score, curtoisModel, parseCurtoisInstance, solve } from '../src/index.ts';

/** The system clock for solving (edge code: the pure core takes a Clock). */
export const SYSTEM_CLOCK = { now: () => performance.now() as Instant };

export interface CurtoisRun {
  readonly roster: Int16Array;
  readonly best: Score;
  readonly steps: number;
  readonly elapsedMs: number;
}

/** One seeded search of an instance in this thread. */
export function solveCurtoisInProcess(options: {
  name: string;
  text: string;
  seed: number;
  timeLimitMs?: number;
  stepLimit?: number;
  shouldStop?: () => boolean;
  onProgress?: (best: Score, step: number, elapsedMs: number) => void;
}): CurtoisRun {
  const parsed = parseCurtoisInstance(options.name, options.text);
  if (!parsed.ok) throw new Error(`${options.name}: ${parsed.error.map((i) => `line ${i.line}: ${i.message}`).join('; ')}`);
  const problem = new CurtoisProblem(curtoisModel(parsed.value));
  const result = solve(problem, {
    rng: new SeededRng(options.seed),
    clock: SYSTEM_CLOCK,
    ...(options.timeLimitMs === undefined ? {} : { timeLimitMs: options.timeLimitMs }),
    ...(options.stepLimit === undefined ? {} : { stepLimit: options.stepLimit }),
    ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    onProgress: (p) => options.onProgress?.(p.best, p.step, p.elapsedMs),
    progressEverySteps: 200_000,
  });
  return { roster: problem.roster, best: result.best, steps: result.steps, elapsedMs: result.elapsedMs };
}
