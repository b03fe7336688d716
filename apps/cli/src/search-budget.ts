import { AppError } from '@muster/kernel';

/** How long a search command may run: a time limit, a step limit or both. */
export interface SearchBudget {
  readonly timeLimitMs?: number;
  readonly stepLimit?: number;
}

/**
 * Reads `--time-limit` and `--steps`. A step limit alone has no time limit, so the run is the same
 * for a seed on any machine; a time limit given beside it still ends the run early. Neither: the
 * command's default number of seconds.
 */
export function searchBudget(options: { timeLimit?: string; steps?: string }, defaultSeconds: number): SearchBudget {
  const budget: { -readonly [K in keyof SearchBudget]: SearchBudget[K] } = {};
  if (options.steps !== undefined) {
    const steps = Number(options.steps);
    if (!(Number.isInteger(steps) && steps > 0)) throw new AppError('usage.bad-value', `--steps must be a positive whole number, got "${options.steps}"`);
    budget.stepLimit = steps;
  }
  if (options.timeLimit !== undefined || budget.stepLimit === undefined) {
    const seconds = options.timeLimit === undefined ? defaultSeconds : Number(options.timeLimit);
    if (!(seconds > 0)) throw new AppError('usage.bad-value', `--time-limit must be a positive number of seconds, got "${options.timeLimit}"`);
    budget.timeLimitMs = seconds * 1000;
  }
  return budget;
}

/** The budget as words for headers and summaries: "60 s limit", "200000 steps limit", "200000 steps or 60 s limit". */
export function describeBudget(budget: SearchBudget): string {
  const seconds = budget.timeLimitMs === undefined ? undefined : `${budget.timeLimitMs / 1000} s`;
  if (budget.stepLimit === undefined) return `${seconds} limit`;
  return seconds === undefined ? `${budget.stepLimit} steps limit` : `${budget.stepLimit} steps or ${seconds} limit`;
}
