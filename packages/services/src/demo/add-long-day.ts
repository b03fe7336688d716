import { MS_PER_HOUR, type Instant, type Rng } from '@muster/kernel';
import type { DemoRange } from './demo-range.ts';
import { historyBlocks } from './history-blocks.ts';
import { HOT_SPOT_LIMITS } from './hot-spot-limits.ts';
import type { OfficerSchedule } from './officer-schedule.ts';
import { shuffleInPlace } from './shuffle-in-place.ts';

/**
 * Holds the officer over after the last shift of a past crew block until the duty has lasted
 * `dutyHours` elapsed hours (14–17 h days: a late arrest, a scene to guard). The last shift,
 * because three days off follow and the long day breaks only the shift-length rule.
 * Returns whether a block took it.
 */
export function addLongDay(schedule: OfficerSchedule, range: DemoRange, dutyHours: number, rng: Rng): boolean {
  const { ledger } = schedule;
  for (const block of shuffleInPlace(historyBlocks(schedule, range, 1), rng)) {
    const last = block.shifts[block.shifts.length - 1]!;
    const end = (last.start + dutyHours * MS_PER_HOUR) as Instant;
    if (end <= last.end) continue;
    const holdover = { officerId: ledger.officerId, start: last.end, end, kind: 'overtime' } as const;
    if (ledger.tryAdd(holdover, { ...HOT_SPOT_LIMITS, maxPeriodHours: dutyHours })) return true;
  }
  return false;
}
