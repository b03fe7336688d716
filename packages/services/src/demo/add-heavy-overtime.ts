import type { DutyRecord } from '@muster/domain';
import { MS_PER_HOUR, type DayNumber, type Instant, monthIndexOfDay } from '@muster/kernel';
import { crewShiftOn } from './crew-shift-on.ts';
import type { DemoRange } from './demo-range.ts';
import { HOT_SPOT_LIMITS } from './hot-spot-limits.ts';
import { localInstant } from './local-instant.ts';
import type { OfficerSchedule } from './officer-schedule.ts';

// 12-h and 8-h overtime details on days off, local minutes after midnight; the first that fits is taken.
const DETAILS: readonly (readonly [number, number])[] = [
  [6 * 60, 18 * 60],
  [8 * 60, 20 * 60],
  [10 * 60, 22 * 60],
  [14 * 60, 22 * 60],
];
/** Holdover after each regular shift of the month, in hours. */
const HOLDOVER_HOURS = 2;

/**
 * Piles overtime on the officer in the past calendar month with the most history days: details
 * on days off, then 2-h holdovers, until the month's overtime reaches `targetHours` (over the
 * default policy's 80 h warn level). Every addition keeps {@link HOT_SPOT_LIMITS}, so the officer
 * gets warnings for weekly hours but no block. Returns the hours placed, or 0 (and places nothing)
 * when the month cannot reach the target.
 */
export function addHeavyOvertime(schedule: OfficerSchedule, range: DemoRange, targetHours: number): number {
  const { ledger, plan } = schedule;
  const days = busiestMonthDays(range).filter((day) => day >= plan.academy.crewFromDay);
  const added: DutyRecord[] = [];
  let hours = 0;
  const place = (start: Instant, end: Instant): boolean => {
    const record: DutyRecord = { officerId: ledger.officerId, start, end, kind: 'overtime' };
    if (!ledger.tryAdd(record, HOT_SPOT_LIMITS)) return false;
    added.push(record);
    hours += (end - start) / MS_PER_HOUR;
    return true;
  };
  for (const day of days) {
    if (hours >= targetHours) break;
    if (crewShiftOn(plan.crew, day) !== undefined) continue;
    DETAILS.some(([from, to]) => place(localInstant(plan.zone, day, from), localInstant(plan.zone, day, to)));
  }
  const monthDays = new Set(days);
  for (const shift of schedule.blocks.flatMap((block) => block.shifts)) {
    if (hours >= targetHours) break;
    // The month counts a record by the local day it starts; a holdover starts when the shift ends.
    if (!monthDays.has(plan.zone.localDayOf(shift.end)) || !ledger.has(shift)) continue;
    place(shift.end, (shift.end + HOLDOVER_HOURS * MS_PER_HOUR) as Instant);
  }
  if (hours >= targetHours) return hours;
  for (const record of added) ledger.remove(record);
  return 0;
}

// The days before `today` of the calendar month that has the most of them (the later on a tie).
function busiestMonthDays(range: DemoRange): DayNumber[] {
  const byMonth = new Map<number, DayNumber[]>();
  for (let day = range.historyFrom; day < range.today; day++) {
    const month = monthIndexOfDay(day);
    const days = byMonth.get(month);
    if (days) days.push(day);
    else byMonth.set(month, [day]);
  }
  let best: DayNumber[] = [];
  for (const days of byMonth.values()) if (days.length >= best.length) best = days;
  return best;
}
