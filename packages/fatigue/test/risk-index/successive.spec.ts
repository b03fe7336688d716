import { describe, expect, it } from 'vitest';
import { timeZone } from '@muster/kernel';
import { TEST_ZONE, aShift, dailyShifts } from '@muster/testkit';
import { RISK_INDEX_DEFAULTS, scheduleRiskIndex, successiveFactor } from '../../src/risk-index/index.ts';

const zone = timeZone(TEST_ZONE);
const nights = RISK_INDEX_DEFAULTS.successiveFactors.night;
const days = RISK_INDEX_DEFAULTS.successiveFactors.morning;

/** `count` duties from `startTime` to `endTime` (local wall clock, next day when earlier) on consecutive days. */
function wallClockShifts(firstDay: string, count: number, startTime: string, endTime: string) {
  const first = Date.parse(`${firstDay}T00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const date = (offset: number) => new Date(first + (i + offset) * 86_400_000).toISOString().slice(0, 10);
    return aShift(`${date(0)}T${startTime}`, `${date(endTime <= startTime ? 1 : 0)}T${endTime}`);
  });
}

describe('successive factor', () => {
  it('gives the published night trend: 2nd +6 %, 3rd +17 %, 4th +36 %', () => {
    expect([1, 2, 3, 4].map((n) => successiveFactor(n, nights))).toEqual([1, 1.06, 1.17, 1.36]);
  });

  it('gives the published day trend: 2nd +2 %, 3rd +7 %, 4th +17 %', () => {
    expect([1, 2, 3, 4].map((n) => successiveFactor(n, days))).toEqual([1, 1.02, 1.07, 1.17]);
  });

  it('continues the last step past the 4th shift: 5th night 1.55, 6th 1.74; 5th day 1.27', () => {
    expect(successiveFactor(5, nights)).toBeCloseTo(1.55, 12);
    expect(successiveFactor(6, nights)).toBeCloseTo(1.74, 12);
    expect(successiveFactor(5, days)).toBeCloseTo(1.27, 12);
  });

  it('stays flat past a one-entry table', () => {
    expect(successiveFactor(9, [1])).toBe(1);
  });

  it('rejects a count below 1', () => {
    expect(() => successiveFactor(0, nights)).toThrow(/successive count/);
  });
});

describe('successive count', () => {
  it('counts 22:00–06:00 nights across midnight on the day each starts', () => {
    const risks = scheduleRiskIndex(wallClockShifts('2026-01-05', 5, '22:00', '06:00'), zone);
    expect(risks.map((r) => [r.shiftType, r.successiveCount])).toEqual([
      ['night', 1],
      ['night', 2],
      ['night', 3],
      ['night', 4],
      ['night', 5],
    ]);
    expect(risks.map((r) => r.factors.successive).slice(0, 4)).toEqual([1, 1.06, 1.17, 1.36]);
    expect(risks[4]!.factors.successive).toBeCloseTo(1.55, 12);
  });

  it('counts four nights across the spring-forward night, the one of 7–8 March lasting 7 h', () => {
    const risks = scheduleRiskIndex(wallClockShifts('2026-03-06', 4, '22:00', '06:00'), zone);
    expect(risks.map((r) => r.successiveCount)).toEqual([1, 2, 3, 4]);
    expect(risks.map((r) => r.shiftType)).toEqual(['night', 'night', 'night', 'night']);
    expect(risks.map((r) => r.restBeforeHours)).toEqual([null, 16, 16, 16]);
    expect(risks[1]!.factors.shiftLength).toBe(1);
    expect(risks[3]!.index).toBeCloseTo(1 + 0.3 + 0.36, 12);
  });

  it('counts four nights across the fall-back night, the one of 31 October – 1 November lasting 9 h', () => {
    const risks = scheduleRiskIndex(wallClockShifts('2026-10-30', 4, '22:00', '06:00'), zone);
    expect(risks.map((r) => r.successiveCount)).toEqual([1, 2, 3, 4]);
    expect(risks.map((r) => r.restBeforeHours)).toEqual([null, 16, 16, 16]);
    expect(risks[1]!.factors.shiftLength).toBeCloseTo(Math.sqrt(1.13), 12);
    expect(risks[1]!.index).toBeCloseTo(1 + 0.3 + 0.06 + (Math.sqrt(1.13) - 1), 12);
  });

  it('restarts the run after a local day without a night', () => {
    const duties = [...wallClockShifts('2026-01-05', 2, '22:00', '06:00'), ...wallClockShifts('2026-01-08', 1, '22:00', '06:00')];
    expect(scheduleRiskIndex(duties, zone).map((r) => r.successiveCount)).toEqual([1, 2, 1]);
  });

  it('keeps a run of nights going across a short afternoon duty on the day between them', () => {
    const duties = [aShift('2026-01-05T22:00', '2026-01-06T06:00'), aShift('2026-01-06T13:00', '2026-01-06T15:00'), aShift('2026-01-06T22:00', '2026-01-07T06:00')];
    const risks = scheduleRiskIndex(duties, zone);
    expect(risks.map((r) => [r.shiftType, r.successiveCount])).toEqual([
      ['night', 1],
      ['afternoon', 1],
      ['night', 2],
    ]);
  });

  it('keeps the count for a second duty of the same type on the same day', () => {
    const duties = [aShift('2026-01-05T07:00', '2026-01-05T10:00'), aShift('2026-01-05T10:30', '2026-01-05T11:30'), aShift('2026-01-06T07:00', '2026-01-06T15:00')];
    expect(scheduleRiskIndex(duties, zone).map((r) => r.successiveCount)).toEqual([1, 1, 2]);
  });

  it('uses the day trend for afternoon runs', () => {
    const risks = scheduleRiskIndex(dailyShifts('2026-01-05', 4, '15:00', 8), zone);
    expect(risks.map((r) => r.factors.successive)).toEqual([1, 1.02, 1.07, 1.17]);
  });

  it('starts a new run when mornings rotate into nights', () => {
    const duties = [...dailyShifts('2026-01-05', 3, '07:00', 8), ...dailyShifts('2026-01-09', 2, '23:00', 8)];
    expect(scheduleRiskIndex(duties, zone).map((r) => [r.shiftType, r.successiveCount])).toEqual([
      ['morning', 1],
      ['morning', 2],
      ['morning', 3],
      ['night', 1],
      ['night', 2],
    ]);
  });
});
