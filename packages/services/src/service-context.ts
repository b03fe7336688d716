import type { Clock } from '@muster/kernel';
import { LoginThrottle } from './auth/login-throttle.ts';
import { PolicyInForce } from './policy/policy-in-force.ts';
import type { RosterSolver } from './ports/roster-solver.ts';
import type { Store } from './ports/store.ts';
import { InProcessRosterSolver } from './roster-jobs/in-process-roster-solver.ts';
import { RosterJobRunner } from './roster-jobs/roster-job-runner.ts';
import { RosterBoardCache } from './roster/roster-board-cache.ts';

/** What every use case needs: the store, the clock, and the process's shared caches. */
export interface ServiceContext {
  readonly store: Store;
  readonly clock: Clock;
  /** The key that signs session tokens (kept in the database so a restart keeps sessions). */
  readonly tokenKey: string;
  /** How long a session lasts. */
  readonly sessionMs: number;
  readonly throttle: LoginThrottle;
  readonly policy: PolicyInForce;
  readonly boards: RosterBoardCache;
  /** Runs roster searches (in worker threads in the service). */
  readonly solver: RosterSolver;
  /** The process's roster jobs: queue, concurrency, live progress. */
  readonly rosterJobs: RosterJobRunner;
}

export interface ServiceOptions {
  readonly store: Store;
  readonly clock: Clock;
  readonly tokenKey: string;
  readonly sessionMs?: number;
  /** Default: searches in the calling thread (tools, tests); the service passes a worker-thread solver. */
  readonly solver?: RosterSolver;
  /** Roster jobs run at once (default: cores − 1, at least 1). */
  readonly rosterJobConcurrency?: number;
}

/** Eight hours: a shift's worth, so a shared desk computer does not stay signed in overnight. */
export const DEFAULT_SESSION_MS = 8 * 3_600_000;

export function createServiceContext(options: ServiceOptions): ServiceContext {
  return {
    store: options.store,
    clock: options.clock,
    tokenKey: options.tokenKey,
    sessionMs: options.sessionMs ?? DEFAULT_SESSION_MS,
    throttle: new LoginThrottle(options.clock),
    policy: new PolicyInForce(options.store),
    boards: new RosterBoardCache(),
    solver: options.solver ?? new InProcessRosterSolver(),
    rosterJobs: new RosterJobRunner(options.rosterJobConcurrency),
  };
}
