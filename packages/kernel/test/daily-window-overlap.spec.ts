import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Instant, MS_PER_MINUTE, dailyWindowOverlap, timeZone } from '../src/index.ts';

/** Independent oracle: count each elapsed minute whose local wall-clock time is in 23:00–06:00. */
function minuteByMinute(zoneName: string, start: number, end: number): number {
  const zone = timeZone(zoneName);
  let minutes = 0;
  for (let t = start; t < end; t += MS_PER_MINUTE) {
    const wall = zone.toWallClock(t as Instant);
    const minuteOfDay = Math.floor((((wall % 86_400_000) + 86_400_000) % 86_400_000) / MS_PER_MINUTE);
    if (minuteOfDay >= 23 * 60 || minuteOfDay < 6 * 60) minutes++;
  }
  return minutes * MS_PER_MINUTE;
}

describe('dailyWindowOverlap', () => {
  it('equals a minute-by-minute count for any period, including both daylight-saving nights', () => {
    const around = [Date.UTC(2026, 2, 7, 12), Date.UTC(2026, 9, 31, 12), Date.UTC(2026, 5, 1)];
    fc.assert(
      fc.property(
        fc.constantFrom('America/Chicago', 'America/Phoenix', 'Europe/London'),
        fc.constantFrom(...around),
        fc.integer({ min: 0, max: 48 * 60 }),
        fc.integer({ min: 1, max: 20 * 60 }),
        (zoneName, base, offsetMinutes, lengthMinutes) => {
          const start = base + offsetMinutes * MS_PER_MINUTE;
          const end = start + lengthMinutes * MS_PER_MINUTE;
          const zone = timeZone(zoneName);
          expect(dailyWindowOverlap(zone, start, end, 23 * 3_600_000, 6 * 3_600_000)).toBe(minuteByMinute(zoneName, start, end));
        },
      ),
      { numRuns: 400 },
    );
  });
});
