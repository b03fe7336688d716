import { type Instant, MS_PER_DAY } from './instant.ts';
import type { TimeZone } from './time-zone.ts';

/**
 * Milliseconds of [start, end) inside a daily local window that opens `windowStartMs` after local
 * midnight and closes `windowEndMs` after midnight (the next day's when it is not later than the
 * opening, as 23:00–06:00). Window edges are local wall-clock times turned into instants, so on a
 * clock-change night the window is as long as it really is (6 h or 8 h for 23:00–06:00).
 */
export function dailyWindowOverlap(zone: TimeZone, start: number, end: number, windowStartMs: number, windowEndMs: number): number {
  const startOffset = zone.offsetAt(start as Instant);
  // With one offset throughout (no clock change inside, as for all but a few periods a year),
  // wall-clock arithmetic is exact and needs no further zone look-ups.
  if (zone.offsetAt(end as Instant) === startOffset && zone.offsetAt(((start + end) / 2) as Instant) === startOffset) {
    return wallClockOverlap(start + startOffset, end + startOffset, windowStartMs, windowEndMs);
  }
  const crossesMidnight = windowEndMs <= windowStartMs;
  const lastDay = zone.localDayOf(end as Instant);
  let total = 0;
  for (let d = zone.localDayOf(start as Instant) - 1; d <= lastDay; d++) {
    const open = zone.toInstantLenient(d * MS_PER_DAY + windowStartMs);
    const close = zone.toInstantLenient((crossesMidnight ? d + 1 : d) * MS_PER_DAY + windowEndMs);
    const overlap = Math.min(end, close) - Math.max(start, open);
    if (overlap > 0) total += overlap;
  }
  return total;
}

function wallClockOverlap(wallStart: number, wallEnd: number, windowStartMs: number, windowEndMs: number): number {
  const crossesMidnight = windowEndMs <= windowStartMs;
  const lastDay = Math.floor(wallEnd / MS_PER_DAY);
  let total = 0;
  for (let d = Math.floor(wallStart / MS_PER_DAY) - 1; d <= lastDay; d++) {
    const open = d * MS_PER_DAY + windowStartMs;
    const close = (crossesMidnight ? d + 1 : d) * MS_PER_DAY + windowEndMs;
    const overlap = Math.min(wallEnd, close) - Math.max(wallStart, open);
    if (overlap > 0) total += overlap;
  }
  return total;
}
