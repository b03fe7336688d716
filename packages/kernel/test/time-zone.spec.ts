import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MS_PER_HOUR, TimeZone, formatInstant, instant, timeZone, wallClockMillis, daysFromCivil } from '../src/index.ts';

const wall = (y: number, mo: number, d: number, h: number, mi = 0): number => wallClockMillis(daysFromCivil(y, mo, d), h, mi);
const chicago = timeZone('America/Chicago');

/** Offset by an independent route: Intl's own "longOffset" name. */
function intlOffsetMinutes(zone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
  if (name === 'GMT') return 0;
  const m = /GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?/.exec(name)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 60);
}

describe('TimeZone', () => {
  it('knows real zones and rejects unknown names', () => {
    expect(TimeZone.find('America/Chicago')?.name).toBe('America/Chicago');
    expect(TimeZone.find('Mars/Olympus_Mons')).toBeUndefined();
    expect(() => timeZone('America/Chicgo')).toThrow(/Unknown IANA time zone "America\/Chicgo"/);
  });

  it('resolves a wall-clock time in the spring-forward gap to nothing', () => {
    expect(chicago.toInstant(wall(2026, 3, 8, 2, 30))).toBeUndefined();
    expect(formatInstant(chicago.toInstantLenient(wall(2026, 3, 8, 2, 30)), chicago)).toBe('2026-03-08T03:30:00-05:00');
  });

  it('resolves a repeated fall-back time to its first occurrence', () => {
    const first = chicago.toInstant(wall(2026, 11, 1, 1, 30))!;
    expect(formatInstant(first, chicago)).toBe('2026-11-01T01:30:00-05:00');
    expect(chicago.offsetAt(instant(first + MS_PER_HOUR))).toBe(-6 * MS_PER_HOUR);
  });

  it('makes the spring-forward day 23 h long and the fall-back day 25 h long', () => {
    const day = (y: number, m: number, d: number) => daysFromCivil(y, m, d);
    expect((chicago.startOfLocalDay(day(2026, 3, 9)) - chicago.startOfLocalDay(day(2026, 3, 8))) / MS_PER_HOUR).toBe(23);
    expect((chicago.startOfLocalDay(day(2026, 11, 2)) - chicago.startOfLocalDay(day(2026, 11, 1))) / MS_PER_HOUR).toBe(25);
  });

  it('handles southern-hemisphere and half-hour daylight saving', () => {
    const sydney = timeZone('Australia/Sydney');
    expect(sydney.offsetAt(instant(Date.UTC(2026, 0, 15))) / MS_PER_HOUR).toBe(11);
    expect(sydney.offsetAt(instant(Date.UTC(2026, 6, 15))) / MS_PER_HOUR).toBe(10);
    const lordHowe = timeZone('Australia/Lord_Howe');
    expect(lordHowe.offsetAt(instant(Date.UTC(2026, 0, 15))) / MS_PER_HOUR).toBe(11);
    expect(lordHowe.offsetAt(instant(Date.UTC(2026, 6, 15))) / MS_PER_HOUR).toBe(10.5);
  });

  it('agrees with Intl on the offset of any instant in 1990–2060', () => {
    const zones = ['America/Chicago', 'America/New_York', 'America/Phoenix', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2060, 0, 1) / 1000 }), (zone, seconds) => {
        const at = seconds * 1000;
        expect(timeZone(zone).offsetAt(instant(at)) / 60_000).toBe(intlOffsetMinutes(zone, at));
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every instant through wall-clock time, except the repeated fall-back hour', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }), (minutes) => {
        const at = instant(minutes * 60_000);
        const back = chicago.toInstant(chicago.toWallClock(at))!;
        // A time in the second, repeated hour maps back to the first occurrence, one hour earlier.
        expect([0, -MS_PER_HOUR]).toContain(back - at);
        if (back !== at) expect(chicago.offsetAt(at)).toBe(-6 * MS_PER_HOUR);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the local calendar day of an instant', () => {
    const lateEvening = chicago.toInstant(wall(2026, 1, 5, 23, 30))!;
    expect(chicago.localDayOf(lateEvening)).toBe(daysFromCivil(2026, 1, 5));
    expect(Math.floor(lateEvening / 86_400_000)).toBe(daysFromCivil(2026, 1, 6));
  });
});
