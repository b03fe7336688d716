import type { DutyRecord } from '@muster/domain';
import { MS_PER_MINUTE, instant } from '@muster/kernel';

/** One step of a generated schedule: the gap before a record, then the record's length, both in the schedule's unit. */
export type ScheduleStep = readonly [gap: number, length: number];

/**
 * Regular duty records of officer `O-1`, one after another from `base` (epoch milliseconds): each step
 * is (gap before the record, its length), both counted in units of `unitMinutes` minutes of elapsed
 * time (15 for quarter hours, 60 for hours). A 0 gap makes a record that touches the one before, as
 * a holdover does. The records come out sorted by start.
 */
export function scheduleFromSteps(base: number, steps: readonly ScheduleStep[], unitMinutes: number): DutyRecord[] {
  const unit = unitMinutes * MS_PER_MINUTE;
  const records: DutyRecord[] = [];
  let cursor = base;
  for (const [gap, length] of steps) {
    const start = cursor + gap * unit;
    cursor = start + length * unit;
    records.push({ officerId: 'O-1', start: instant(start), end: instant(cursor), kind: 'regular' });
  }
  return records;
}
