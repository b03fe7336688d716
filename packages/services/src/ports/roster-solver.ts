import type { Finding, Operation } from '@muster/domain';
import type { RosterInput, RosterProgress, RosterResult } from '@muster/optimizer';
import type { UncoveredDemand } from '../roster-jobs/explain-uncovered.ts';

/** One search to run: the unit's roster problem and its budget. */
export interface RosterSolveRequest {
  readonly input: RosterInput;
  readonly timeLimitMs: number;
  /** Stop after this many steps as well (reproducible with the seed). */
  readonly stepLimit?: number;
  readonly seed: number;
  /** Operations the pinned records belong to (their risk tier matters to the fatigue rules). */
  readonly operations: ReadonlyMap<string, Operation>;
}

/** The best roster found, with the report the job shows: findings on it and why demand stays uncovered. */
export interface RosterSolveOutcome {
  readonly result: RosterResult;
  /** Every finding of the policy's rules on the pinned and proposed records, on the days rostered. */
  readonly findings: readonly Finding[];
  readonly uncovered: readonly UncoveredDemand[];
  readonly elapsedMs: number;
}

/**
 * Runs roster searches: in this thread (tests, tools) or in worker threads (the service, so the
 * API stays responsive). An aborted signal stops the search, which then resolves with its best
 * roster so far; `onProgress` is called now and then while it runs.
 */
export interface RosterSolver {
  solve(request: RosterSolveRequest, onProgress: (progress: RosterProgress) => void, signal: AbortSignal): Promise<RosterSolveOutcome>;
}
