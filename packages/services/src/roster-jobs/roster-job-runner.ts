import { availableParallelism } from 'node:os';
import type { RosterJobProgress } from '../ports/roster-job-store.ts';

/** Why a running job's signal was aborted: a user's cancel, or the service stopping. */
export type RosterJobAbort = 'cancel' | 'shutdown';

/** A job the runner can start: run it to its final status, reporting progress on the way. */
export interface RosterJobTask {
  readonly jobId: string;
  readonly unitId: string;
  /** Resolves once the job's row holds its final status. */
  run(signal: AbortSignal, report: (progress: RosterJobProgress) => void): Promise<void>;
}

interface Running {
  readonly unitId: string;
  readonly controller: AbortController;
  readonly settled: Promise<void>;
  progress?: RosterJobProgress;
}

/** All cores but one for searches, so the API keeps a core; at least one. */
export function defaultRosterJobConcurrency(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * Runs roster jobs of this process: at most `limit` at once and one per unit at a time (two
 * searches of one unit would propose against the same drafts), the rest queued in arrival order.
 * Keeps each running job's latest progress in memory, so polling reads no database.
 */
export class RosterJobRunner {
  readonly limit: number;
  readonly #queue: RosterJobTask[] = [];
  readonly #running = new Map<string, Running>();
  #stopped = false;

  constructor(limit = defaultRosterJobConcurrency()) {
    this.limit = Math.max(1, Math.floor(limit));
  }

  /** Queues a job; it starts when a slot is free and its unit has no job running. */
  submit(task: RosterJobTask): void {
    if (this.#stopped) return;
    this.#queue.push(task);
    this.#pump();
  }

  /** The latest progress of a running job, if it runs here. */
  progress(jobId: string): RosterJobProgress | undefined {
    return this.#running.get(jobId)?.progress;
  }

  isRunning(jobId: string): boolean {
    return this.#running.has(jobId);
  }

  /** Takes a job out of the queue before it starts; false if it was not waiting. */
  dequeue(jobId: string): boolean {
    const index = this.#queue.findIndex((task) => task.jobId === jobId);
    if (index < 0) return false;
    this.#queue.splice(index, 1);
    return true;
  }

  /** Stops a running job's search and waits until its row is final; false if it does not run here. */
  async cancel(jobId: string): Promise<boolean> {
    const running = this.#running.get(jobId);
    if (running === undefined) return false;
    running.controller.abort('cancel' satisfies RosterJobAbort);
    await running.settled;
    return true;
  }

  /** The service is stopping: nothing more starts, every search stops, and this waits for their rows. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#queue.length = 0;
    for (const running of this.#running.values()) running.controller.abort('shutdown' satisfies RosterJobAbort);
    await this.idle();
  }

  /** Resolves when no job runs or waits. */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all([...this.#running.values()].map((running) => running.settled));
  }

  #pump(): void {
    for (let i = 0; i < this.#queue.length && this.#running.size < this.limit;) {
      const task = this.#queue[i]!;
      if ([...this.#running.values()].some((running) => running.unitId === task.unitId)) {
        i++;
        continue;
      }
      this.#queue.splice(i, 1);
      this.#start(task);
    }
  }

  #start(task: RosterJobTask): void {
    const controller = new AbortController();
    const report = (progress: RosterJobProgress): void => {
      const running = this.#running.get(task.jobId);
      if (running !== undefined) running.progress = progress;
    };
    const settled = task
      .run(controller.signal, report)
      // The task records its own failure in the job's row; the runner only has to go on.
      .catch(() => undefined)
      .finally(() => {
        this.#running.delete(task.jobId);
        this.#pump();
      });
    this.#running.set(task.jobId, { unitId: task.unitId, controller, settled });
  }
}
