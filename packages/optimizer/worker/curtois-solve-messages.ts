import type { Score } from '../src/index.ts';

/** What the portfolio sends a solving thread. */
export interface SolveRequest {
  readonly name: string;
  readonly text: string;
  readonly seed: number;
  readonly timeLimitMs?: number;
  readonly stepLimit?: number;
  /** Load HiGHS and finish a time-limited run with MIP-based large-neighbourhood search. */
  readonly useMip: boolean;
  /** Int32Array over a SharedArrayBuffer: set [0] to 1 to stop every thread. */
  readonly stop: SharedArrayBuffer;
}

/** What a solving thread sends back. */
export type SolveReply =
  | { readonly type: 'progress'; readonly best: Score; readonly step: number; readonly elapsedMs: number }
  | { readonly type: 'done'; readonly roster: Int16Array; readonly best: Score; readonly steps: number; readonly elapsedMs: number; readonly subproblems: number }
  | { readonly type: 'error'; readonly message: string };
