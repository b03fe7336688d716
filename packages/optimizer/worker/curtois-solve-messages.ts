import type { Score } from '../src/index.ts';
import type { ColumnGenerationSummary } from './solve-curtois-in-process.ts';

/** What the portfolio sends a solving thread. */
export interface SolveRequest {
  readonly name: string;
  readonly text: string;
  readonly seed: number;
  readonly timeLimitMs?: number;
  readonly stepLimit?: number;
  /** Load HiGHS and finish a time-limited run with MIP-based large-neighbourhood search. */
  readonly useMip: boolean;
  /** Run the column-generation phase between local search and MIP-LNS (default true). */
  readonly columnGeneration?: boolean;
  /** Int32Array over a SharedArrayBuffer: set [0] to 1 to stop every thread. */
  readonly stop: SharedArrayBuffer;
}

/** What a solving thread sends back. */
export type SolveReply =
  | { readonly type: 'progress'; readonly best: Score; readonly step: number; readonly elapsedMs: number }
  | {
      readonly type: 'done';
      readonly roster: Int16Array;
      readonly best: Score;
      readonly steps: number;
      readonly elapsedMs: number;
      readonly subproblems: number;
      readonly columnGeneration?: ColumnGenerationSummary;
    }
  | { readonly type: 'error'; readonly message: string };
