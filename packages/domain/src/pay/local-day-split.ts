import { type Instant, type TimeZone } from '@muster/kernel';

/** Calls `onPart(day, ms)` for each local calendar day that [start, end) touches, with the elapsed ms on it. */
export function splitByLocalDay(start: Instant, end: Instant, zone: TimeZone, onPart: (day: number, ms: number) => void): void {
  let cursor: number = start;
  let day = zone.localDayOf(start);
  while (cursor < end) {
    const next = zone.startOfLocalDay(day + 1);
    const partEnd = Math.min(next, end);
    onPart(day, partEnd - cursor);
    cursor = partEnd;
    day++;
  }
}
