import { describe, expect, it } from 'vitest';
import { timeZone } from '@muster/kernel';
import { TEST_ZONE, aShift, dailyShifts } from '@muster/testkit';
import { scheduleRiskIndex } from '../../src/risk-index/index.ts';

const zone = timeZone(TEST_ZONE);

describe('scheduleRiskIndex', () => {
  it('gives a single 8-h morning shift exactly 1.0', () => {
    expect(scheduleRiskIndex([aShift('2026-01-05T07:00', '2026-01-05T15:00')], zone)).toEqual([
      { index: 1, factors: { timeOfDay: 1, successive: 1, shiftLength: 1, quickReturn: 1, breaks: 1 }, shiftType: 'morning', successiveCount: 1, restBeforeHours: null },
    ]);
  });

  it('gives the 4th consecutive 12-h night after a 10-h rest 1 + 0.30 + 0.36 + 0.27 + 0.39 = 2.32', () => {
    const duties = [...dailyShifts('2026-01-05', 3, '19:00', 12), aShift('2026-01-08T17:00', '2026-01-09T05:00')];
    const fourth = scheduleRiskIndex(duties, zone)[3]!;
    expect(fourth.shiftType).toBe('night');
    expect(fourth.successiveCount).toBe(4);
    expect(fourth.restBeforeHours).toBe(10);
    expect(fourth.factors).toEqual({ timeOfDay: 1.3, successive: 1.36, shiftLength: 1.27, quickReturn: 1.39, breaks: 1 });
    expect(fourth.index).toBeCloseTo(2.32, 12);
  });

  it('stays under the 1.6 warn level of fatigue.risk-index on a single 12-h night (1 + 0.30 + 0.27) and reaches it on the 3rd 10-h night (1 + 0.30 + 0.17 + 0.13)', () => {
    expect(scheduleRiskIndex(dailyShifts('2026-01-05', 1, '19:00', 12), zone)[0]!.index).toBeCloseTo(1.57, 12);
    const tens = scheduleRiskIndex(dailyShifts('2026-01-05', 3, '20:00', 10), zone);
    expect(tens.map((r) => r.index >= 1.6)).toEqual([false, false, true]);
    tens.forEach((r, i) => expect(r.index).toBeCloseTo([1.43, 1.49, 1.6][i]!, 12));
  });

  it('returns one result per duty in the order given, and none for no duties', () => {
    expect(scheduleRiskIndex([], zone)).toEqual([]);
    expect(scheduleRiskIndex(dailyShifts('2026-01-05', 5, '07:00', 8), zone)).toHaveLength(5);
  });

  it('rejects overlapping or unsorted duties, naming the instants', () => {
    const overlapping = [aShift('2026-01-05T07:00', '2026-01-05T15:00'), aShift('2026-01-05T14:00', '2026-01-05T18:00')];
    expect(() => scheduleRiskIndex(overlapping, zone)).toThrow(/sorted by start and must not overlap.*previousEnd/);
    expect(() => scheduleRiskIndex([...overlapping].reverse(), zone)).toThrow(/must not overlap/);
  });

  it('rejects a duty that does not end after it starts', () => {
    const { start } = aShift('2026-01-05T07:00', '2026-01-05T15:00');
    expect(() => scheduleRiskIndex([{ start, end: start }], zone)).toThrow(/end after it starts/);
  });

  it('classifies shift types in the zone passed in, not the machine’s', () => {
    // 07:00–15:00 in Chicago is 13:00–21:00 UTC: a morning duty in Chicago, an afternoon one in UTC.
    const duty = aShift('2026-01-05T07:00', '2026-01-05T15:00');
    expect(scheduleRiskIndex([duty], zone)[0]!.shiftType).toBe('morning');
    expect(scheduleRiskIndex([duty], timeZone('UTC'))[0]!.shiftType).toBe('afternoon');
  });
});
