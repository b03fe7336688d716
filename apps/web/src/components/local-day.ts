// The web app's local days and times, all through the kernel's zone and calendar math (the one
// place muster does it); days on the wire and in the UI are `YYYY-MM-DD` text.
import { type DayNumber, formatDay, formatLocalMinute, instant, readIsoDate, timeZone, wallClockMillis, weekStartOf } from '@muster/kernel';

function dayNumber(day: string): DayNumber {
  const parsed = readIsoDate(day);
  if (typeof parsed !== 'number') throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  return parsed;
}

/** The local calendar day (`YYYY-MM-DD`) of an instant in an IANA zone. */
export function localDay(iso: string, zoneName: string): string {
  return formatDay(timeZone(zoneName).localDayOf(instant(Date.parse(iso))));
}

/** `HH:MM` of an instant in a zone. */
export function localTime(iso: string, zoneName: string): string {
  return formatLocalMinute(instant(Date.parse(iso)), timeZone(zoneName)).slice(11);
}

/** The day `days` after a `YYYY-MM-DD` day (calendar arithmetic, no zone involved). */
export function addDays(day: string, days: number): string {
  return formatDay(dayNumber(day) + days);
}

/** Every day from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = dayNumber(from), last = dayNumber(to); day <= last; day++) days.push(formatDay(day));
  return days;
}

/** Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  const n = dayNumber(day);
  return formatDay(weekStartOf(n, 1));
}

/** Today in a zone. */
export function today(zoneName: string): string {
  return localDay(new Date().toISOString(), zoneName);
}

/**
 * The instant (ISO, UTC) of a wall-clock `HH:MM` on a local day in a zone: a time inside a
 * spring-forward gap moves forward by the gap, an ambiguous fall-back time takes its first occurrence.
 */
export function zonedIso(day: string, time: string, zoneName: string): string {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(timeZone(zoneName).toInstantLenient(wallClockMillis(dayNumber(day), hh, mm))).toISOString();
}
