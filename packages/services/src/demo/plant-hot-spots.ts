import type { Rng } from '@muster/kernel';
import { addCancelledDaysOff } from './add-cancelled-days-off.ts';
import { addExtraNight } from './add-extra-night.ts';
import { addHeavyOvertime } from './add-heavy-overtime.ts';
import { addLongDay } from './add-long-day.ts';
import { addQuickReturn } from './add-quick-return.ts';
import type { DemoRange } from './demo-range.ts';
import type { OfficerSchedule } from './officer-schedule.ts';
import { shuffleInPlace } from './shuffle-in-place.ts';

/**
 * How many officers get each hot spot, as a share of the workforce (at least one each). Sized so
 * a supervisor sees every kind of finding while over 95 % of officers have no block finding.
 */
export const HOT_SPOT_SHARES = {
  /** A 14–15.5 h day: warns (> 12 h). */
  longDayWarn: 0.02,
  /** A 16.5–17 h day: blocks (> 16 h). */
  longDayBlock: 0.005,
  /** 10–11.5 h rest: warns (< 12 h). */
  quickReturnWarn: 0.03,
  /** 7.5–9.5 h rest: blocks (< 10 h). */
  quickReturnBlock: 0.01,
  /** Five nights in a row: warns (> 4). */
  extraNight: 0.03,
  /** 82–96 h overtime in a month: warns (> 80 h). */
  heavyOvertime: 0.003,
  /** All days off between two blocks cancelled: blocks (7 or more local days in a row with duty). */
  cancelledDaysOff: 0.003,
} as const;

/**
 * Plants the hot spots the default policy flags on officers who were on their crews for the whole
 * history (not recruits), each officer at most one. Returns the ids of officers given heavy
 * overtime, who must get no routine overtime on top (it would push them past the 96 h block).
 */
export function plantHotSpots(schedules: readonly OfficerSchedule[], range: DemoRange, rng: Rng): Set<string> {
  const pool = shuffleInPlace(
    schedules.filter((schedule) => schedule.plan.profile !== 'recruit'),
    rng,
  );
  const countOf = (share: number): number => Math.max(1, Math.round(schedules.length * share));
  // Gives the hot spot to the next `count` officers of the pool that can take it.
  const plant = (share: number, place: (schedule: OfficerSchedule) => boolean): OfficerSchedule[] => {
    const taken: OfficerSchedule[] = [];
    for (let i = 0; i < pool.length && taken.length < countOf(share);) {
      if (place(pool[i]!)) taken.push(...pool.splice(i, 1));
      else i++;
    }
    return taken;
  };
  const heavy = plant(HOT_SPOT_SHARES.heavyOvertime, (s) => addHeavyOvertime(s, range, 82 + rng.int(3)) > 0);
  plant(HOT_SPOT_SHARES.cancelledDaysOff, (s) => addCancelledDaysOff(s, range, rng));
  plant(HOT_SPOT_SHARES.longDayBlock, (s) => addLongDay(s, range, 16.5 + rng.int(2) * 0.5, rng));
  plant(HOT_SPOT_SHARES.longDayWarn, (s) => addLongDay(s, range, 14 + rng.int(4) * 0.5, rng));
  plant(HOT_SPOT_SHARES.quickReturnBlock, (s) => addQuickReturn(s, range, 7.5 + rng.int(5) * 0.5, rng));
  plant(HOT_SPOT_SHARES.quickReturnWarn, (s) => addQuickReturn(s, range, 10 + rng.int(4) * 0.5, rng));
  plant(HOT_SPOT_SHARES.extraNight, (s) => addExtraNight(s, range, rng));
  return new Set(heavy.map((schedule) => schedule.plan.officer.id));
}
