import type { DutyBatch } from './duty-batch.ts';

/** One officer's duty periods (sorted, disjoint, epoch ms) and the IANA name of their zone. */
export interface OfficerDuties {
  readonly zone: string;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/**
 * Groups officers into batches of `size`, numbered from 0, pulling each officer only when its
 * batch is built: with a lazy source, duty periods are built while the workers compute.
 */
export function* dutyBatches(officers: Iterable<OfficerDuties>, size: number): Generator<DutyBatch> {
  let zones: string[] = [];
  let starts: Float64Array[] = [];
  let ends: Float64Array[] = [];
  let batch = 0;
  for (const o of officers) {
    zones.push(o.zone);
    starts.push(o.starts);
    ends.push(o.ends);
    if (zones.length === size) {
      yield { batch: batch++, zones, starts, ends };
      zones = [];
      starts = [];
      ends = [];
    }
  }
  if (zones.length > 0) yield { batch, zones, starts, ends };
}
