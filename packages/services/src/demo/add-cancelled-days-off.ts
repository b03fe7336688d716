import type { DutyRecord } from '@muster/domain';
import type { Rng } from '@muster/kernel';
import type { DemoRange } from './demo-range.ts';
import { HOT_SPOT_LIMITS } from './hot-spot-limits.ts';
import { localInstant } from './local-instant.ts';
import { offGaps } from './off-gaps.ts';
import type { CrewBlock, OfficerSchedule } from './officer-schedule.ts';
import { SHIFT_PATTERN } from './shift-pattern.ts';
import { shuffleInPlace } from './shuffle-in-place.ts';

/**
 * Cancels every day off between two whole past blocks, the first of day or evening shifts (a surge week): the officer
 * works the crew's shift as overtime on each, eleven days in a row. The default policy blocks
 * seven local days without a day off and warns above six consecutive duty days; rest and shift
 * length stay normal. Returns whether a stretch of days off took it.
 */
export function addCancelledDaysOff(schedule: OfficerSchedule, range: DemoRange, rng: Rng): boolean {
  const { ledger, plan } = schedule;
  const todayStart = localInstant(plan.zone, range.today, 0);
  const whole = (block: CrewBlock): boolean => block.shifts.length === SHIFT_PATTERN.onDays && block.shifts.every((shift) => ledger.has(shift));
  const gaps = offGaps(schedule, range).filter((gap) => gap.before.shift !== 'night' && whole(gap.before) && whole(gap.after));
  for (const gap of shuffleInPlace(gaps, rng)) {
    const times = SHIFT_PATTERN.shifts[gap.before.shift];
    const added: DutyRecord[] = [];
    for (let day = gap.firstDay; day <= gap.lastDay; day++) {
      const endDay = times.endMinutes <= times.startMinutes ? day + 1 : day;
      const record: DutyRecord = {
        officerId: ledger.officerId,
        start: localInstant(plan.zone, day, times.startMinutes),
        end: localInstant(plan.zone, endDay, times.endMinutes),
        kind: 'overtime',
      };
      if (record.end > todayStart || !ledger.tryAdd(record, { ...HOT_SPOT_LIMITS, maxWorkedDays: 12 })) break;
      added.push(record);
    }
    if (added.length === gap.lastDay - gap.firstDay + 1) return true;
    for (const record of added) ledger.remove(record);
  }
  return false;
}
