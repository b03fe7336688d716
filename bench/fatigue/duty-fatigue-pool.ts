import { Worker } from 'node:worker_threads';
import { type DutyBatch, type DutyBatchResult, batchBuffers } from './duty-batch.ts';
import { type OfficerDuties, dutyBatches } from './duty-batches.ts';
import { type FatigueTally, concatTallies } from './fatigue-tally.ts';
import { tallyBatch } from './tally-batch.ts';

const WORKER_URL = new URL('./worker.js', import.meta.url);
// worker.js registers tsx itself; inheriting `--import tsx` too would chain its hooks twice.
// Other node flags (--cpu-prof, --max-old-space-size …) still reach the workers.
const WORKER_EXEC_ARGV = process.execArgv.filter((f, i, all) => !(f === '--import' && all[i + 1] === 'tsx') && !(f === 'tsx' && all[i - 1] === '--import') && f !== '--import=tsx');
// Two batches in flight per worker, so a worker never waits for the main thread between batches.
const IN_FLIGHT_PER_WORKER = 2;

/** What a run of the duty-level fatigue over many officers produced and how long its parts took. */
export interface DutyFatigueRun {
  /** Row i for the i-th officer of the source. */
  readonly tally: FatigueTally;
  /** 0 for the in-process run. */
  readonly workers: number;
  /** Starting the workers until each has loaded its code (0 in-process), ms. */
  readonly startupMs: number;
  /** From the call to the last result, start-up included, ms. */
  readonly wallMs: number;
  /** Compute time summed over batches (inside the workers), ms. */
  readonly computeMs: number;
  readonly batches: number;
}

/** Computes every officer's figures on this thread, batch by batch, as a worker would. */
export function runDutyFatigueInProcess(officers: Iterable<OfficerDuties>, batchSize: number): DutyFatigueRun {
  const t0 = performance.now();
  const results: DutyBatchResult[] = [];
  for (const batch of dutyBatches(officers, batchSize)) results.push(tallyBatch(batch));
  return finish(results, 0, 0, t0);
}

/**
 * Computes every officer's figures in `workers` worker threads. Batches of `batchSize` officers
 * are handed out as workers finish (a worker holds at most two), so a worker that draws heavy
 * officers does not hold up the others; each officer's arrays are transferred, not copied.
 */
export async function runDutyFatiguePool(officers: Iterable<OfficerDuties>, options: { readonly workers: number; readonly batchSize: number }): Promise<DutyFatigueRun> {
  const t0 = performance.now();
  const pool = await Promise.all(Array.from({ length: options.workers }, startWorker));
  const startupMs = performance.now() - t0;
  const source = dutyBatches(officers, options.batchSize);
  const results: DutyBatchResult[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      const send = (worker: Worker): boolean => {
        const next = source.next();
        if (next.done) return false;
        const batch: DutyBatch = next.value;
        worker.postMessage(batch, batchBuffers(batch));
        inFlight++;
        return true;
      };
      for (const worker of pool) {
        worker.on('message', (result: DutyBatchResult) => {
          results.push(result);
          inFlight--;
          try {
            send(worker);
          } catch (e) {
            reject(e);
            return;
          }
          if (inFlight === 0) resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`a fatigue worker exited early with code ${code}`)));
      }
      for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) for (const worker of pool) send(worker);
      if (inFlight === 0) resolve(); // no officers at all
    });
  } finally {
    for (const worker of pool) worker.removeAllListeners('exit');
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return finish(results, options.workers, startupMs, t0);
}

/** A worker that has loaded its code (it posts 'ready' once its module has run). */
function startWorker(): Promise<Worker> {
  const worker = new Worker(WORKER_URL, { execArgv: WORKER_EXEC_ARGV });
  return new Promise((resolve, reject) => {
    worker.once('message', (message) => (message === 'ready' ? resolve(worker) : reject(new Error(`unexpected first message from a fatigue worker: ${String(message)}`))));
    worker.once('error', reject);
  });
}

function finish(results: DutyBatchResult[], workers: number, startupMs: number, t0: number): DutyFatigueRun {
  results.sort((a, b) => a.batch - b.batch);
  const tally = concatTallies(results.map((r) => r.tally));
  return { tally, workers, startupMs, wallMs: performance.now() - t0, computeMs: results.reduce((ms, r) => ms + r.computeMs, 0), batches: results.length };
}
