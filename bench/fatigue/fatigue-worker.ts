// Worker thread of the fatigue benchmark: computes each batch it is sent and posts the figures
// back, transferring their buffers. Started through worker.js (Node 20 cannot start a .ts worker).
import { parentPort } from 'node:worker_threads';
import type { DutyBatch } from './duty-batch.ts';
import { tallyBuffers } from './fatigue-tally.ts';
import { tallyBatch } from './tally-batch.ts';

const port = parentPort!;
port.on('message', (batch: DutyBatch) => {
  const result = tallyBatch(batch);
  port.postMessage(result, tallyBuffers(result.tally));
});
port.postMessage('ready');
