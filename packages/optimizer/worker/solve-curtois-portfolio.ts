import { Worker } from 'node:worker_threads';
import { type Score, compareScores } from '../src/index.ts';
import type { SolveReply, SolveRequest } from './curtois-solve-messages.ts';
import { loadHighsSolver } from '../mip/highs-mip-solver.ts';
import { type ColumnGenerationSummary, type CurtoisRun, solveCurtoisInProcess } from './solve-curtois-in-process.ts';

export interface PortfolioOptions {
  readonly name: string;
  readonly text: string;
  /** 1: search in this thread (deterministic for a seed and a step limit); N > 1: N worker threads. */
  readonly threads: number;
  /** Thread i searches with seed + i. */
  readonly seed: number;
  readonly timeLimitMs?: number;
  readonly stepLimit?: number;
  /** The best score of any thread when it improves. */
  readonly onProgress?: (best: Score, elapsedMs: number) => void;
  readonly signal?: AbortSignal;
  /** Finish time-limited runs with MIP-based large-neighbourhood search (HiGHS); default true. */
  readonly useMip?: boolean;
  /** Run the column-generation phase between local search and MIP-LNS (needs useMip); default true (ADR 0006). */
  readonly columnGeneration?: boolean;
}

export interface PortfolioResult extends CurtoisRun {
  readonly threads: readonly {
    readonly seed: number;
    readonly best: Score;
    readonly steps: number;
    readonly subproblems: number;
    readonly columnGeneration?: ColumnGenerationSummary;
  }[];
}

const WORKER = new URL('./curtois-solve-worker.js', import.meta.url);

/**
 * Solves an instance with a portfolio of seeded searches, one per worker thread, and returns the
 * best roster. Each thread runs the same pure search with its own seed; an abort signal stops all.
 */
export async function solveCurtoisPortfolio(options: PortfolioOptions): Promise<PortfolioResult> {
  const stop = new SharedArrayBuffer(4);
  const stopFlag = new Int32Array(stop);
  options.signal?.addEventListener('abort', () => Atomics.store(stopFlag, 0, 1));
  let overall: Score | undefined;
  const report = (best: Score, elapsedMs: number): void => {
    if (!overall || compareScores(best, overall) < 0) {
      overall = best;
      options.onProgress?.(best, elapsedMs);
    }
  };
  // HiGHS is loaded only for runs that use it: time-limited, not step-limited (those stay local and reproducible).
  const useMip = (options.useMip ?? true) && options.timeLimitMs !== undefined && options.stepLimit === undefined;
  const columnGeneration = useMip ? options.columnGeneration : false;
  if (options.threads <= 1) {
    const mip = useMip ? { mip: await loadHighsSolver(), ...(columnGeneration === undefined ? {} : { columnGeneration }) } : {};
    const run = solveCurtoisInProcess({ ...options, ...mip, shouldStop: () => Atomics.load(stopFlag, 0) === 1, onProgress: (best, _step, elapsedMs) => report(best, elapsedMs) });
    return { ...run, threads: [threadSummary(options.seed, run)] };
  }
  const runs = await Promise.all(
    Array.from({ length: options.threads }, (_, i) => {
      const request: SolveRequest = {
        name: options.name,
        text: options.text,
        seed: options.seed + i,
        stop,
        useMip,
        // Odd threads search local-first, even ones columns-first (ADR 0007), unless columns are off.
        ...(columnGeneration === false || i % 2 === 1 ? { columnGeneration: false } : {}),
        ...(options.timeLimitMs === undefined ? {} : { timeLimitMs: options.timeLimitMs }),
        ...(options.stepLimit === undefined ? {} : { stepLimit: options.stepLimit }),
      };
      return new Promise<CurtoisRun>((resolve, reject) => {
        const worker = new Worker(WORKER, { workerData: request });
        worker.on('message', (reply: SolveReply) => {
          if (reply.type === 'progress') report(reply.best, reply.elapsedMs);
          else if (reply.type === 'done') {
            report(reply.best, reply.elapsedMs);
            const { roster, best, steps, elapsedMs, subproblems, columnGeneration: cg } = reply;
            resolve({ roster, best, steps, elapsedMs, subproblems, ...(cg ? { columnGeneration: cg } : {}) });
            void worker.terminate();
          } else reject(new Error(reply.message));
        });
        worker.on('error', reject);
      });
    }),
  );
  const bestIndex = runs.reduce((best, run, i) => (compareScores(run.best, runs[best]!.best) < 0 ? i : best), 0);
  const winner = runs[bestIndex]!;
  return {
    ...winner,
    threads: runs.map((run, i) => threadSummary(options.seed + i, run)),
  };
}

function threadSummary(seed: number, run: CurtoisRun): PortfolioResult['threads'][number] {
  return { seed, best: run.best, steps: run.steps, subproblems: run.subproblems, ...(run.columnGeneration ? { columnGeneration: run.columnGeneration } : {}) };
}
