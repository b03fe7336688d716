import { MS_PER_HOUR, type Instant, type Rng } from '@muster/kernel';
import type { DemoRange } from './demo-range.ts';
import { historyBlocks } from './history-blocks.ts';
import { HOT_SPOT_LIMITS } from './hot-spot-limits.ts';
import type { OfficerSchedule } from './officer-schedule.ts';
import { shuffleInPlace } from './shuffle-in-place.ts';

/** Local hours in which a quick return is a court appearance rather than an overtime detail. */
const COURT_HOURS = { from: 8, to: 13 } as const;

/**
 * Brings the officer back `restHours` elapsed hours after the last shift of a past crew block
 * (a "quick return": a morning court date after an evening shift, an early detail after a day
 * shift). Below 12 h the default policy warns, below 10 h it blocks. Returns whether a block took it.
 */
export function addQuickReturn(schedule: OfficerSchedule, range: DemoRange, restHours: number, rng: Rng): boolean {
  const { ledger, plan } = schedule;
  for (const block of shuffleInPlace(historyBlocks(schedule, range, 2), rng)) {
    const last = block.shifts[block.shifts.length - 1]!;
    const start = (last.end + restHours * MS_PER_HOUR) as Instant;
    const localHour = Math.floor(plan.zone.toWallClock(start) / MS_PER_HOUR) % 24;
    const court = localHour >= COURT_HOURS.from && localHour < COURT_HOURS.to;
    const end = (start + (court ? 3 : 6) * MS_PER_HOUR) as Instant;
    const record = { officerId: ledger.officerId, start, end, kind: court ? 'court' : 'overtime' } as const;
    if (ledger.tryAdd(record, { ...HOT_SPOT_LIMITS, minRestHours: restHours })) return true;
  }
  return false;
}
