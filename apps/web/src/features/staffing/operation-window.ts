import type { Operation } from '../../api-client/wire-types.ts';
import { localDay, localTime, zonedIso } from '../../components/local-day.ts';

const MS_PER_HOUR = 3_600_000;

/** The zone an operation's times are shown in: its own (the unit's), else UTC as the API stores it. */
export function operationZone(operation: Pick<Operation, 'timeZone'>): string {
  return operation.timeZone ?? 'UTC';
}

/** Elapsed hours of a window (a window across a daylight-saving change is one hour shorter or longer than its clock times). */
export function windowHours(start: string, end: string): number {
  return Math.round(((Date.parse(end) - Date.parse(start)) / MS_PER_HOUR) * 100) / 100;
}

/** `2026-03-12 05:00 – 11:00` in the zone, the end's day added when it is another day. */
export function windowText(start: string, end: string, zone: string): string {
  const startDay = localDay(start, zone);
  const endDay = localDay(end, zone);
  return `${startDay} ${localTime(start, zone)} – ${endDay === startDay ? '' : `${endDay} `}${localTime(end, zone)}`;
}

/** A `datetime-local` input's value (`YYYY-MM-DDTHH:MM`, wall clock in `zone`) as an ISO instant; undefined when not one. */
export function localInputToIso(value: string, zone: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  return match === null ? undefined : zonedIso(match[1]!, match[2]!, zone);
}

/** An instant as a `datetime-local` value in `zone`. */
export function isoToLocalInput(iso: string, zone: string): string {
  return `${localDay(iso, zone)}T${localTime(iso, zone)}`;
}
