import type { FatigueTally } from './fatigue-tally.ts';

/**
 * A batch of officers sent to a worker: each officer's duty periods as two Float64Arrays (their
 * buffers are transferred, not copied) and the IANA name of their zone.
 */
export interface DutyBatch {
  readonly batch: number;
  readonly zones: readonly string[];
  readonly starts: readonly Float64Array[];
  readonly ends: readonly Float64Array[];
}

/** A worker's answer: the batch's figures, row i for officer i of the batch. */
export interface DutyBatchResult {
  readonly batch: number;
  readonly tally: FatigueTally;
  /** Time the worker spent computing the batch, ms. */
  readonly computeMs: number;
}

/** The buffers to transfer with a batch (each officer's starts and ends). */
export function batchBuffers(b: DutyBatch): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const a of b.starts) buffers.add(a.buffer as ArrayBuffer);
  for (const a of b.ends) buffers.add(a.buffer as ArrayBuffer);
  return [...buffers];
}
