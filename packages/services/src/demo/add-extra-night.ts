import type { Rng } from '@muster/kernel';
import type { DemoRange } from './demo-range.ts';
import { historyBlocks } from './history-blocks.ts';
import { HOT_SPOT_LIMITS } from './hot-spot-limits.ts';
import { localInstant } from './local-instant.ts';
import type { OfficerSchedule } from './officer-schedule.ts';
import { SHIFT_PATTERN } from './shift-pattern.ts';
import { shuffleInPlace } from './shuffle-in-place.ts';

/**
 * Adds an overtime night straight after a past block of four nights, so the officer works five
 * nights in a row (the default policy warns above four: Folkard's risk rises with each
 * successive night). Returns whether a night block took it.
 */
export function addExtraNight(schedule: OfficerSchedule, range: DemoRange, rng: Rng): boolean {
  const { ledger, plan } = schedule;
  const night = SHIFT_PATTERN.shifts.night;
  const nightBlocks = historyBlocks(schedule, range, 2).filter((block) => block.shift === 'night');
  for (const block of shuffleInPlace(nightBlocks, rng)) {
    const day = block.lastDay + 1;
    const record = {
      officerId: ledger.officerId,
      start: localInstant(plan.zone, day, night.startMinutes),
      end: localInstant(plan.zone, day + 1, night.endMinutes),
      kind: 'overtime',
    } as const;
    if (ledger.tryAdd(record, HOT_SPOT_LIMITS)) return true;
  }
  return false;
}
