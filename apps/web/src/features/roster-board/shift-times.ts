import type { DutyRecord } from '../../api-client/wire-types.ts';
import { addDays, localDay, localTime, zonedIso } from '../../components/local-day.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The interval of `HH:MM`–`HH:MM` on a local day; an end not after the start is on the next day. */
export function shiftInterval(day: string, start: string, end: string, timeZone: string): { start: string; end: string } {
  return { start: zonedIso(day, start, timeZone), end: zonedIso(end <= start ? addDays(day, 1) : day, end, timeZone) };
}

/**
 * Where a record lands when moved to another local day (and perhaps another officer, in `toZone`):
 * the same wall-clock times on the new day, so a 07:00–17:00 shift stays 07:00–17:00 across a
 * clock change; a record of 24 h or more keeps its length instead.
 */
export function movedInterval(record: Pick<DutyRecord, 'start' | 'end'>, fromZone: string, toDay: string, toZone: string): { start: string; end: string } {
  const lengthMs = Date.parse(record.end) - Date.parse(record.start);
  if (lengthMs >= DAY_MS) {
    const start = zonedIso(toDay, localTime(record.start, fromZone), toZone);
    return { start, end: new Date(Date.parse(start) + lengthMs).toISOString() };
  }
  return shiftInterval(toDay, localTime(record.start, fromZone), localTime(record.end, fromZone), toZone);
}

/** The local day a record starts on. */
export function recordDay(record: Pick<DutyRecord, 'start'>, zone: string): string {
  return localDay(record.start, zone);
}
