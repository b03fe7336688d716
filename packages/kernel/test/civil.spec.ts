import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeededRng, civilFromDays, dayOfWeek, daysFromCivil, formatDay, weekStartOf } from '../src/index.ts';

describe('civil dates', () => {
  it('numbers days from 1970-01-01, a Thursday', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(dayOfWeek(0)).toBe(4);
    expect(formatDay(daysFromCivil(2026, 3, 8))).toBe('2026-03-08');
    expect(dayOfWeek(daysFromCivil(2026, 1, 4))).toBe(0); // a Sunday
  });

  it('agrees with Date.UTC and round-trips for any day in ±10 000 years', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3_000_000, max: 3_000_000 }), (days) => {
        const { year, month, day } = civilFromDays(days);
        expect(daysFromCivil(year, month, day)).toBe(days);
        if (year >= 100 && year <= 9999) expect(Date.UTC(year, month - 1, day) / 86_400_000).toBe(days);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('SeededRng', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = new SeededRng(42);
    const b = new SeededRng(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(new SeededRng(43).next()).not.toBe(xs[0]);
  });
});

describe('weekStartOf', () => {
  it('finds the Sunday or Monday on or before a day', () => {
    const day = (y: number, m: number, d: number) => daysFromCivil(y, m, d);
    expect(formatDay(weekStartOf(day(2026, 3, 11), 0))).toBe('2026-03-08');
    expect(formatDay(weekStartOf(day(2026, 3, 11), 1))).toBe('2026-03-09');
    expect(formatDay(weekStartOf(day(2026, 3, 8), 0))).toBe('2026-03-08');
    expect(formatDay(weekStartOf(day(2026, 3, 8), 1))).toBe('2026-03-02');
    // Saturday-start weeks, before 1970 too.
    expect(formatDay(weekStartOf(day(1969, 12, 31), 6))).toBe('1969-12-27');
  });
});
