import type { DayNumber, Instant } from '@muster/kernel';

/**
 * queued → running → done | failed | cancelled; a done (or cancelled, with a roster) job is then
 * accepted or discarded. Queued and running jobs live in one process: on restart they are failed.
 */
export const ROSTER_JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled', 'accepted', 'discarded'] as const;
export type RosterJobStatus = (typeof ROSTER_JOB_STATUSES)[number];

/** How far a job has come, as the search last reported it. */
export interface RosterJobProgress {
  /** Share of the search budget (time or steps) used, 0 … 1. */
  readonly fraction: number;
  readonly elapsedMs: number;
  readonly steps: number;
  /** Score of the best roster so far (hard = block findings), once construction is done. */
  readonly best?: { readonly hard: number; readonly soft: number };
  /** Officer-shifts of demand the best roster leaves uncovered. */
  readonly uncovered?: number;
  /** Why a job failed. */
  readonly error?: string;
}

/** What the job was asked for. */
export interface RosterJobOptions {
  readonly timeLimitSeconds: number;
  readonly stepLimit?: number;
  readonly seed: number;
}

export interface RosterJob {
  readonly id: string;
  readonly unitId: string;
  /** Local days of the unit, inclusive. */
  readonly from: DayNumber;
  readonly to: DayNumber;
  readonly status: RosterJobStatus;
  readonly options: RosterJobOptions;
  readonly progress: RosterJobProgress;
  /** The proposal, once the search has one (see roster-job-result.ts); stored as JSON. */
  readonly result?: unknown;
  readonly createdBy: string;
  readonly createdAt: Instant;
  readonly finishedAt?: Instant;
}

export type NewRosterJob = Omit<RosterJob, 'result' | 'finishedAt'>;

/** The fields a job's update may set. */
export interface RosterJobChange {
  readonly status?: RosterJobStatus;
  readonly progress?: RosterJobProgress;
  readonly result?: unknown;
  readonly finishedAt?: Instant;
}

export interface RosterJobStore {
  insert(job: NewRosterJob): Promise<RosterJob>;
  get(id: string): Promise<RosterJob | undefined>;
  /** A unit's jobs, newest first. */
  list(unitId: string, limit: number): Promise<RosterJob[]>;
  /** Every job in one of these statuses, oldest first (e.g. those a stopped process left running). */
  withStatus(statuses: readonly RosterJobStatus[]): Promise<RosterJob[]>;
  /**
   * Changes a job only while its status is one of `whenStatus` (a compare-and-set, so a cancel and
   * a finishing search cannot both win); undefined when the job is missing or in another status.
   */
  update(id: string, change: RosterJobChange, whenStatus: readonly RosterJobStatus[]): Promise<RosterJob | undefined>;
}
