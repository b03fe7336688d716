import { Worker } from 'node:worker_threads';
import type { RosterProgress } from '@muster/optimizer';
import type { RosterSolveOutcome, RosterSolveRequest, RosterSolver } from '@muster/services';
import type { RosterSolveJob, RosterSolveReply } from './roster-solve-messages.ts';

const WORKER = new URL('./roster-solve-worker.js', import.meta.url);

/**
 * How long a cancelled search may take to hand back its best roster: it checks the stop flag every
 * thousand-odd steps, well under a second on a unit; past this the thread is ended without one.
 */
export const CANCEL_GRACE_MS = 5000;

/**
 * Runs each search in a worker thread of its own, so the API's thread stays free to answer while
 * it runs. A cancel sets a shared stop flag (the search returns its best roster so far), and a
 * thread that does not stop within {@link CANCEL_GRACE_MS} is terminated. `solve` settles only
 * after the thread has exited.
 */
export class WorkerRosterSolver implements RosterSolver {
  readonly #threads = new Set<Worker>();

  /** Threads alive now (a thread is counted until it has exited). */
  get threads(): number {
    return this.#threads.size;
  }

  solve(request: RosterSolveRequest, onProgress: (progress: RosterProgress) => void, signal: AbortSignal): Promise<RosterSolveOutcome> {
    return new Promise((resolve, reject) => {
      const stop = new SharedArrayBuffer(4);
      const worker = new Worker(WORKER, { workerData: { request, stop } satisfies RosterSolveJob });
      this.#threads.add(worker);
      let ended: { outcome: RosterSolveOutcome } | { error: Error } | undefined;
      let grace: ReturnType<typeof setTimeout> | undefined;
      const onAbort = (): void => {
        Atomics.store(new Int32Array(stop), 0, 1);
        grace = setTimeout(() => void worker.terminate(), CANCEL_GRACE_MS);
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (reply: RosterSolveReply) => {
        if (reply.type === 'progress') return onProgress(reply.progress);
        ended = reply.type === 'done' ? { outcome: reply.outcome } : { error: new Error(reply.message) };
        void worker.terminate();
      });
      worker.on('error', (error) => (ended ??= { error }));
      worker.on('exit', (code) => {
        this.#threads.delete(worker);
        clearTimeout(grace);
        signal.removeEventListener('abort', onAbort);
        if (ended !== undefined && 'outcome' in ended) return resolve(ended.outcome);
        const why = signal.aborted ? `it did not stop within ${CANCEL_GRACE_MS / 1000} s of the cancel` : `its thread exited with code ${code}`;
        reject(ended?.error ?? new Error(`The roster search ended without a roster: ${why}.`));
      });
    });
  }
}
