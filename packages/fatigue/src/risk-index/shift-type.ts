import { type Instant, MS_PER_DAY, MS_PER_HOUR, type TimeZone, dailyWindowOverlap } from '@muster/kernel';
import type { RiskIndexParams } from './risk-index-params.ts';

/** Time-of-day class of a duty: night by hours inside the night window, else by local start time. */
export type ShiftType = 'morning' | 'afternoon' | 'night';

/**
 * Elapsed hours of [start, end) inside local night windows. Window edges are local wall-clock times
 * turned into instants (a spring-forward gap moves an edge forward), so the window on a clock-change
 * night is as long as it really is: 6 h on the spring-forward night, 8 h on the fall-back night.
 */
export function nightHoursIn(start: Instant, end: Instant, zone: TimeZone, params: Pick<RiskIndexParams, 'nightWindowStartHour' | 'nightWindowEndHour'>): number {
  return dailyWindowOverlap(zone, start, end, params.nightWindowStartHour * MS_PER_HOUR, params.nightWindowEndHour * MS_PER_HOUR) / MS_PER_HOUR;
}

/**
 * The shift type of a duty: `night` with at least `minNightHours` inside night windows (muster's
 * night-duty rule); otherwise `morning` when it starts, local time, from `morningFromHour` up to
 * `afternoonFromHour`, and `afternoon` (afternoon/evening) for any other start.
 */
export function shiftTypeOf(start: Instant, end: Instant, zone: TimeZone, params: RiskIndexParams): ShiftType {
  if (nightHoursIn(start, end, zone, params) >= params.minNightHours) return 'night';
  const wallClock = zone.toWallClock(start);
  const hourOfDay = (wallClock - Math.floor(wallClock / MS_PER_DAY) * MS_PER_DAY) / MS_PER_HOUR;
  return hourOfDay >= params.morningFromHour && hourOfDay < params.afternoonFromHour ? 'morning' : 'afternoon';
}
