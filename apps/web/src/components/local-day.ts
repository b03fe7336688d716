import { daysFromCivil, timeZone, wallClockMillis } from '@muster/kernel';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar day (`YYYY-MM-DD`) of an instant in an IANA zone. */
export function localDay(iso: string, timeZone: string): string {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}

/** `HH:MM` of an instant in a zone. */
export function localTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** The day `days` after a `YYYY-MM-DD` day (calendar arithmetic, no zone involved). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** Today in a zone. */
export function today(timeZone: string): string {
  return localDay(new Date().toISOString(), timeZone);
}

/**
 * The instant (ISO, UTC) of a wall-clock `HH:MM` on a local day in a zone, by the kernel's zone
 * math (the one place muster does it): a time inside a spring-forward gap moves forward by the gap,
 * an ambiguous fall-back time takes its first occurrence.
 */
export function zonedIso(day: string, time: string, zoneName: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(timeZone(zoneName).toInstantLenient(wallClockMillis(daysFromCivil(y, m, d), hh, mm))).toISOString();
}
