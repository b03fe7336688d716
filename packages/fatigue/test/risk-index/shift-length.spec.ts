import { describe, expect, it } from 'vitest';
import { timeZone } from '@muster/kernel';
import { TEST_ZONE, aShift, dailyShifts } from '@muster/testkit';
import { RISK_INDEX_DEFAULTS, scheduleRiskIndex, shiftLengthFactor } from '../../src/risk-index/index.ts';

const zone = timeZone(TEST_ZONE);
const table = RISK_INDEX_DEFAULTS.shiftLengthFactors;

describe('shift-length factor', () => {
  it('gives the published values at the table points: 8 h 1.0, 10 h 1.13, 12 h 1.27', () => {
    expect([8, 10, 12].map((h) => shiftLengthFactor(h, table))).toEqual([1, 1.13, 1.27]);
  });

  it('stays at 1.0 for duties shorter than 8 h', () => {
    expect([0.5, 4, 7.99].map((h) => shiftLengthFactor(h, table))).toEqual([1, 1, 1]);
  });

  it('interpolates exponentially between points: 9 h is √1.13, 11 h √(1.13 × 1.27)', () => {
    expect(shiftLengthFactor(9, table)).toBeCloseTo(Math.sqrt(1.13), 12);
    expect(shiftLengthFactor(11, table)).toBeCloseTo(Math.sqrt(1.13 * 1.27), 12);
  });

  it('extrapolates past 12 h with the 10–12 h growth rate: 14 h 1.427, 16 h 1.604', () => {
    expect(shiftLengthFactor(14, table)).toBeCloseTo((1.27 * 1.27) / 1.13, 12);
    expect(shiftLengthFactor(16, table)).toBeCloseTo(1.27 ** 3 / 1.13 ** 2, 12);
    expect(shiftLengthFactor(14, table)).toBeCloseTo(1.4273, 4);
    expect(shiftLengthFactor(16, table)).toBeCloseTo(1.6042, 4);
  });

  it('rejects an empty table', () => {
    expect(() => shiftLengthFactor(8, [])).toThrow(/table is empty/);
  });

  it('rejects a table that is not sorted by hours', () => {
    expect(() =>
      shiftLengthFactor(9, [
        { hours: 10, factor: 1.13 },
        { hours: 8, factor: 1 },
        { hours: 12, factor: 1.27 },
      ]),
    ).toThrow(/sorted/);
  });
});

describe('shift length in the index', () => {
  it.each([
    [10, 1.13],
    [12, 1.27],
  ])('gives a single %s-h morning shift the factor %s', (hours, factor) => {
    const [risk] = scheduleRiskIndex(dailyShifts('2026-01-05', 1, '06:00', hours), zone);
    expect(risk!.factors.shiftLength).toBe(factor);
    expect(risk!.index).toBe(factor);
  });

  it('measures elapsed time: 22:00–06:00 is 7 h on the spring-forward night and 9 h on the fall-back night', () => {
    const [spring] = scheduleRiskIndex([aShift('2026-03-07T22:00', '2026-03-08T06:00')], zone);
    const [fall] = scheduleRiskIndex([aShift('2026-10-31T22:00', '2026-11-01T06:00')], zone);
    expect(spring!.factors.shiftLength).toBe(1);
    expect(fall!.factors.shiftLength).toBeCloseTo(Math.sqrt(1.13), 12);
  });
});
