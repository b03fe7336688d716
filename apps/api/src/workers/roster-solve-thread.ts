// The body of a roster-solving worker thread: one search, progress as it goes, the outcome at the end.
import { parentPort, workerData } from 'node:worker_threads';
import { solveRoster } from '@muster/services';
import type { RosterSolveJob, RosterSolveReply } from './roster-solve-messages.ts';

const { request, stop } = workerData as RosterSolveJob;
const stopFlag = new Int32Array(stop);
const post = (reply: RosterSolveReply): void => parentPort!.postMessage(reply);
try {
  const outcome = solveRoster(request, { onProgress: (progress) => post({ type: 'progress', progress }), shouldStop: () => Atomics.load(stopFlag, 0) === 1 });
  post({ type: 'done', outcome });
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
