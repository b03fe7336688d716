import { type TimeZone, timeZone } from '@muster/kernel';
import type { DutyBatch, DutyBatchResult } from './duty-batch.ts';
import { emptyTally } from './fatigue-tally.ts';
import { tallyOfficer } from './tally-officer.ts';

// One TimeZone per name and thread: its offset-span cache then stays warm across an officer's epochs.
const zones = new Map<string, TimeZone>();

/** Computes a batch's figures; the same code runs in a worker and in-process. */
export function tallyBatch(batch: DutyBatch): DutyBatchResult {
  const t0 = performance.now();
  const tally = emptyTally(batch.zones.length);
  for (let i = 0; i < batch.zones.length; i++) {
    const name = batch.zones[i]!;
    let zone = zones.get(name);
    if (!zone) zones.set(name, (zone = timeZone(name)));
    tallyOfficer(tally, i, batch.starts[i]!, batch.ends[i]!, zone);
  }
  return { batch: batch.batch, tally, computeMs: performance.now() - t0 };
}
