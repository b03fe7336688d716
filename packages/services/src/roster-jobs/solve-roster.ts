import { type Clock, type Instant, SeededRng } from '@muster/kernel';
import { type RosterProgress, buildRoster } from '@muster/optimizer';
import type { RosterSolveOutcome, RosterSolveRequest } from '../ports/roster-solver.ts';
import { explainUncovered } from './explain-uncovered.ts';
import { proposalFindings, proposalLedger } from './proposal-findings.ts';

/** Elapsed time for a search (the pure core takes its clock as a parameter). */
export const MONOTONIC_CLOCK: Clock = { now: () => performance.now() as Instant };

/** Progress goes out at most this often: enough for a progress bar, few enough messages between threads. */
export const PROGRESS_INTERVAL_MS = 250;

/**
 * A search runs this many steps between periodic reports; a step rescores one or two officers'
 * rows (well under a millisecond each), so reports come a few times a second.
 */
const PROGRESS_EVERY_STEPS = 200;

export interface SolveRosterOptions {
  readonly clock?: Clock;
  readonly onProgress?: (progress: RosterProgress) => void;
  readonly shouldStop?: () => boolean;
}

/**
 * One roster search and its report, the same in this thread and in a worker: the best roster
 * within the budget, the findings of the policy's rules on it, and why uncovered demand stayed so.
 */
export function solveRoster(request: RosterSolveRequest, options: SolveRosterOptions = {}): RosterSolveOutcome {
  const clock = options.clock ?? MONOTONIC_CLOCK;
  const started = clock.now();
  let reported = -Infinity;
  const { input } = request;
  const result = buildRoster(input, {
    rng: new SeededRng(request.seed),
    clock,
    timeLimitMs: request.timeLimitMs,
    // With no demand left to place there is nothing to search for: the report is on the pinned records.
    ...(input.demand.length === 0 ? { stepLimit: 0 } : request.stepLimit === undefined ? {} : { stepLimit: request.stepLimit }),
    ...(options.shouldStop === undefined ? {} : { shouldStop: options.shouldStop }),
    progressEverySteps: PROGRESS_EVERY_STEPS,
    onProgress: (progress) => {
      const now = clock.now();
      if (progress.step > 0 && now - reported < PROGRESS_INTERVAL_MS) return;
      reported = now;
      options.onProgress?.(progress);
    },
  });
  const ledger = proposalLedger(input, result.records);
  const findings = proposalFindings(input, ledger, request.operations);
  const uncovered = explainUncovered(input, result, ledger, findings, request.operations);
  return { result, findings, uncovered, elapsedMs: clock.now() - started };
}
