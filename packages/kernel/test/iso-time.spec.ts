import { describe, expect, it } from 'vitest';
import { IsoDateTimeReader, daysFromCivil, formatInstant, formatOffset, instant, readIsoDate, timeZone } from '../src/index.ts';

const read = (text: string) => {
  const reader = new IsoDateTimeReader();
  const ok = reader.read(text);
  return ok ? { value: reader.value, hasOffset: reader.hasOffset } : { problem: reader.problem };
};

describe('IsoDateTimeReader', () => {
  it('reads wall-clock times without an offset', () => {
    expect(read('2026-01-05T22:00')).toEqual({ value: Date.UTC(2026, 0, 5, 22), hasOffset: false });
    expect(read('2026-01-05 22:00:30')).toEqual({ value: Date.UTC(2026, 0, 5, 22, 0, 30), hasOffset: false });
    expect(read('2026-01-05T22:00:30.250')).toEqual({ value: Date.UTC(2026, 0, 5, 22, 0, 30, 250), hasOffset: false });
  });

  it('reads absolute times with Z or an offset', () => {
    expect(read('2026-01-05T22:00:00-06:00')).toEqual({ value: Date.UTC(2026, 0, 6, 4), hasOffset: true });
    expect(read('2026-01-05T22:00Z')).toEqual({ value: Date.UTC(2026, 0, 5, 22), hasOffset: true });
    expect(read('2026-01-05T22:00+0530')).toEqual({ value: Date.UTC(2026, 0, 5, 16, 30), hasOffset: true });
  });

  it('tells a syntax error from an impossible date', () => {
    expect(read('2026-1-05T22:00')).toEqual({ problem: 'syntax' });
    expect(read('05/01/2026 22:00')).toEqual({ problem: 'syntax' });
    expect(read('2026-01-05T22:00 CST')).toEqual({ problem: 'syntax' });
    expect(read('2026-02-29T08:00')).toEqual({ problem: 'range' });
    expect(read('2028-02-29T08:00')).toMatchObject({ hasOffset: false });
    expect(read('2026-01-05T24:00')).toEqual({ problem: 'range' });
    expect(read('2026-13-01T08:00')).toEqual({ problem: 'range' });
  });
});

describe('dates and formatting', () => {
  it('reads YYYY-MM-DD dates', () => {
    expect(readIsoDate('2026-03-08')).toBe(daysFromCivil(2026, 3, 8));
    expect(readIsoDate('2026-02-30')).toBe('range');
    expect(readIsoDate('2026/03/08')).toBe('syntax');
  });

  it('formats an instant with the offset in force', () => {
    const chicago = timeZone('America/Chicago');
    expect(formatInstant(instant(Date.UTC(2026, 0, 6, 4)), chicago)).toBe('2026-01-05T22:00:00-06:00');
    expect(formatInstant(instant(Date.UTC(2026, 6, 6, 4)), chicago)).toBe('2026-07-05T23:00:00-05:00');
    expect(formatOffset(0)).toBe('Z');
    expect(formatOffset(5.5 * 3_600_000)).toBe('+05:30');
  });
});
