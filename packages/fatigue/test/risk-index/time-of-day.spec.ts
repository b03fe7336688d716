import { describe, expect, it } from 'vitest';
import { timeZone } from '@muster/kernel';
import { TEST_ZONE, aShift } from '@muster/testkit';
import { RISK_INDEX_DEFAULTS, nightHoursIn, scheduleRiskIndex, shiftTypeOf } from '../../src/risk-index/index.ts';

const zone = timeZone(TEST_ZONE);
const typeOf = (start: string, end: string) => {
  const { start: s, end: e } = aShift(start, end);
  return shiftTypeOf(s, e, zone, RISK_INDEX_DEFAULTS);
};
const nightHours = (start: string, end: string) => {
  const { start: s, end: e } = aShift(start, end);
  return nightHoursIn(s, e, zone, RISK_INDEX_DEFAULTS);
};

describe('time-of-day factor', () => {
  it.each([
    ['morning', '2026-01-05T07:00', '2026-01-05T15:00', 1],
    ['afternoon', '2026-01-05T15:00', '2026-01-05T23:00', 1.18],
    ['night', '2026-01-05T23:00', '2026-01-06T07:00', 1.3],
  ])('gives a single 8-h %s shift the published factor %s', (type, start, end, factor) => {
    const [risk] = scheduleRiskIndex([aShift(start, end)], zone);
    expect(risk!.shiftType).toBe(type);
    expect(risk!.factors.timeOfDay).toBe(factor);
    expect(risk!.index).toBe(factor);
  });

  it('reads the factors from the policy', () => {
    const params = { ...RISK_INDEX_DEFAULTS, timeOfDayFactors: { morning: 1, afternoon: 1.15, night: 1.28 } };
    expect(scheduleRiskIndex([aShift('2026-01-05T23:00', '2026-01-06T07:00')], zone, params)[0]!.index).toBe(1.28);
  });
});

describe('shift type', () => {
  it('makes a duty with exactly 3 h inside 23:00–06:00 a night duty', () => {
    expect(nightHours('2026-01-05T18:00', '2026-01-06T02:00')).toBe(3);
    expect(typeOf('2026-01-05T18:00', '2026-01-06T02:00')).toBe('night');
  });

  it('makes a duty with 2 h 59 min inside the window an afternoon duty by its start', () => {
    expect(nightHours('2026-01-05T18:01', '2026-01-06T01:59')).toBeCloseTo(2 + 59 / 60, 12);
    expect(typeOf('2026-01-05T18:01', '2026-01-06T01:59')).toBe('afternoon');
  });

  it('makes an early duty with 3 h before 06:00 a night duty', () => {
    expect(typeOf('2026-01-05T03:00', '2026-01-05T11:00')).toBe('night');
  });

  it('makes a 04:00 start with 2 h of night a morning duty', () => {
    expect(typeOf('2026-01-05T04:00', '2026-01-05T12:00')).toBe('morning');
  });

  it('splits morning from afternoon at a 12:00 local start', () => {
    expect(typeOf('2026-01-05T11:59', '2026-01-05T19:59')).toBe('morning');
    expect(typeOf('2026-01-05T12:00', '2026-01-05T20:00')).toBe('afternoon');
  });

  it('counts a short duty starting after midnight, too short for a night duty, as afternoon/evening', () => {
    expect(typeOf('2026-01-05T02:00', '2026-01-05T04:00')).toBe('afternoon');
  });

  it('measures the spring-forward night window as 6 h and the fall-back one as 8 h', () => {
    expect(nightHours('2026-03-07T22:00', '2026-03-08T07:00')).toBe(6);
    expect(nightHours('2026-10-31T22:00', '2026-11-01T07:00')).toBe(8);
  });

  it('counts 01:00–04:00 on the fall-back night as 4 h, a night duty', () => {
    expect(nightHours('2026-11-01T01:00', '2026-11-01T04:00')).toBe(4);
    expect(typeOf('2026-11-01T01:00', '2026-11-01T04:00')).toBe('night');
  });

  it('counts 01:00–04:00 on the spring-forward night as 2 h, not a night duty', () => {
    expect(nightHours('2026-03-08T01:00', '2026-03-08T04:00')).toBe(2);
    expect(typeOf('2026-03-08T01:00', '2026-03-08T04:00')).toBe('afternoon');
  });

  it('sums the night hours of a duty spanning two night windows', () => {
    expect(nightHours('2026-01-05T22:00', '2026-01-07T01:00')).toBe(9);
  });

  it('supports a window that does not cross midnight', () => {
    const params = { ...RISK_INDEX_DEFAULTS, nightWindowStartHour: 0, nightWindowEndHour: 5 };
    const { start, end } = aShift('2026-01-05T22:00', '2026-01-06T06:00');
    expect(nightHoursIn(start, end, zone, params)).toBe(5);
  });
});
