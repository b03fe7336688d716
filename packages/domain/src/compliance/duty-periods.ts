import type { Instant } from '@muster/kernel';
import { type DutyRecord, isDutyKind } from '../model/duty-record.ts';

/**
 * An officer's duty periods: maximal unions of duty records that overlap or touch (a shift
 * followed directly by a holdover is one period). Stored as parallel arrays, sorted by start,
 * because rules scan them many times.
 */
export interface DutyPeriods {
  readonly count: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** How many duty records each period joins (2 for a shift plus its holdover). */
  readonly recordCounts: Uint32Array;
}

/** Builds the duty periods of one officer's records, which must be sorted by start. */
export function buildDutyPeriods(records: readonly DutyRecord[]): DutyPeriods {
  const starts = new Float64Array(records.length);
  const ends = new Float64Array(records.length);
  const recordCounts = new Uint32Array(records.length);
  let count = 0;
  for (const record of records) {
    if (!isDutyKind(record.kind)) continue;
    if (count > 0 && record.start <= ends[count - 1]!) {
      if (record.end > ends[count - 1]!) ends[count - 1] = record.end;
      recordCounts[count - 1]!++;
    } else {
      starts[count] = record.start;
      ends[count] = record.end;
      recordCounts[count] = 1;
      count++;
    }
  }
  return {
    count,
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    recordCounts: recordCounts.subarray(0, count),
  };
}

/** Start and end of period `i` as instants. */
export function periodAt(periods: DutyPeriods, i: number): { start: Instant; end: Instant } {
  return { start: periods.starts[i] as Instant, end: periods.ends[i] as Instant };
}
