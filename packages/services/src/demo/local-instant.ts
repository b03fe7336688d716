import { type DayNumber, type Instant, type TimeZone, wallClockMillis } from '@muster/kernel';

/**
 * The instant of local wall-clock time `minutes` after midnight of local `day` in `zone` (values of
 * 1440 or more fall on later days). A time in a spring-forward gap moves forward by the gap, and a
 * fall-back time that occurs twice means its first occurrence, as `TimeZone` defines; the demo's
 * wall-clock times all avoid 01:00–03:00, so none is missing or ambiguous on a clock-change night.
 */
export function localInstant(zone: TimeZone, day: DayNumber, minutes: number): Instant {
  return zone.toInstantLenient(wallClockMillis(day, 0, minutes));
}
