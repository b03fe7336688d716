import { parentPort, workerData } from 'node:worker_threads';
import type { SolveReply, SolveRequest } from './curtois-solve-messages.ts';
import { loadHighsSolver } from '../mip/highs-mip-solver.ts';
import { solveCurtoisInProcess } from './solve-curtois-in-process.ts';

const request = workerData as SolveRequest;
const stop = new Int32Array(request.stop);
const post = (reply: SolveReply, transfer: ArrayBuffer[] = []): void => parentPort!.postMessage(reply, transfer);
try {
  const run = solveCurtoisInProcess({
    ...request,
    ...(request.useMip ? { mip: await loadHighsSolver() } : {}),
    shouldStop: () => Atomics.load(stop, 0) === 1,
    onProgress: (best, step, elapsedMs) => post({ type: 'progress', best, step, elapsedMs }),
  });
  const roster = Int16Array.from(run.roster);
  const cg = run.columnGeneration ? { columnGeneration: run.columnGeneration } : {};
  post({ type: 'done', roster, best: run.best, steps: run.steps, elapsedMs: run.elapsedMs, subproblems: run.subproblems, ...cg }, [roster.buffer as ArrayBuffer]);
} catch (e) {
  post({ type: 'error', message: (e as Error).message });
}
