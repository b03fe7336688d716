import type { DutyRecord } from '@muster/domain';
import { instant } from '@muster/kernel';

/**
 * Copies of `records` with start and end moved by `ms` milliseconds of elapsed time (negative moves
 * them earlier), e.g. `shiftRecords(records, weeks * 7 * MS_PER_DAY)`; the input is left as it is.
 */
export function shiftRecords(records: readonly DutyRecord[], ms: number): DutyRecord[] {
  return records.map((r) => ({ ...r, start: instant(r.start + ms), end: instant(r.end + ms) }));
}
