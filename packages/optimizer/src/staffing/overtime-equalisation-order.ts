import type { DutyRecord } from '@muster/domain';
import { MS_PER_HOUR } from '@muster/kernel';

/** What decides an officer's place on the overtime equalisation list ordered by hours. */
export interface OvertimeStanding {
  readonly officerId: string;
  /** Overtime hours since the start of the equalisation period (see {@link overtimeHoursOf}). */
  readonly overtimeHours: number;
  /** Days since hire on the day the list is drawn up (seniority). */
  readonly seniorityDays: number;
}

/**
 * The overtime equalisation order by hours, the one definition `muster overtime` (fillOpenShift)
 * and the officer view use: fewest overtime hours since the period start first; on equal hours
 * the more senior officer (more days since hire) first; then by officer id, so the order is total.
 */
export function compareOvertimeStanding(a: OvertimeStanding, b: OvertimeStanding): number {
  return a.overtimeHours - b.overtimeHours || b.seniorityDays - a.seniorityDays || (a.officerId < b.officerId ? -1 : a.officerId > b.officerId ? 1 : 0);
}

/** The officers in the order the equalisation list offers overtime, next first (a sorted copy). */
export function overtimeEqualisationOrder<T extends OvertimeStanding>(officers: readonly T[]): T[] {
  return [...officers].sort(compareOvertimeStanding);
}

/**
 * Hours of an officer's overtime records that start inside [from, to), each counted whole — the
 * equalisation measure (as the staffing index's `overtimeHoursIn` and the monthly overtime rule count).
 */
export function overtimeHoursOf(records: readonly DutyRecord[], from: number, to: number): number {
  let ms = 0;
  for (const r of records) if (r.kind === 'overtime' && r.start >= from && r.start < to) ms += r.end - r.start;
  return ms / MS_PER_HOUR;
}
