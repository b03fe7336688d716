import type { RosterProgress } from '@muster/optimizer';
import type { RosterSolveOutcome, RosterSolveRequest, RosterSolver } from '../ports/roster-solver.ts';
import { solveRoster } from './solve-roster.ts';

/**
 * Searches in the calling thread: simple and deterministic, for tests and tools. The thread is busy
 * until the search ends, so a signal can stop it only from inside `onProgress`; the service runs
 * searches in worker threads instead (WorkerRosterSolver in apps/api).
 */
export class InProcessRosterSolver implements RosterSolver {
  async solve(request: RosterSolveRequest, onProgress: (progress: RosterProgress) => void, signal: AbortSignal): Promise<RosterSolveOutcome> {
    return solveRoster(request, { onProgress, shouldStop: () => signal.aborted });
  }
}
