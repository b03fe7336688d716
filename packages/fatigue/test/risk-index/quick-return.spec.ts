import { describe, expect, it } from 'vitest';
import { timeZone } from '@muster/kernel';
import { TEST_ZONE, aShift } from '@muster/testkit';
import { RISK_INDEX_DEFAULTS, quickReturnFactor, scheduleRiskIndex } from '../../src/risk-index/index.ts';

const zone = timeZone(TEST_ZONE);

describe('quick-return factor', () => {
  it('gives 1.39 after 10 h 59 min of rest', () => {
    const risks = scheduleRiskIndex([aShift('2026-01-05T12:00', '2026-01-05T20:00'), aShift('2026-01-06T06:59', '2026-01-06T14:59')], zone);
    expect(risks[1]!.restBeforeHours).toBeCloseTo(10 + 59 / 60, 12);
    expect(risks[1]!.factors.quickReturn).toBe(1.39);
  });

  it('gives 1.0 after exactly 11 h of rest', () => {
    const risks = scheduleRiskIndex([aShift('2026-01-05T12:00', '2026-01-05T20:00'), aShift('2026-01-06T07:00', '2026-01-06T15:00')], zone);
    expect(risks[1]!.restBeforeHours).toBe(11);
    expect(risks[1]!.factors.quickReturn).toBe(1);
  });

  it('gives 1.0 to the first duty, whose rest is unknown', () => {
    const [first] = scheduleRiskIndex([aShift('2026-01-05T07:00', '2026-01-05T15:00')], zone);
    expect(first!.restBeforeHours).toBeNull();
    expect(first!.factors.quickReturn).toBe(1);
  });

  it('measures rest in elapsed hours: 23:00 to 09:00 is 9 h on the spring-forward night, 11 h on the fall-back night', () => {
    const spring = scheduleRiskIndex([aShift('2026-03-07T15:00', '2026-03-07T23:00'), aShift('2026-03-08T09:00', '2026-03-08T17:00')], zone);
    const fall = scheduleRiskIndex([aShift('2026-10-31T15:00', '2026-10-31T23:00'), aShift('2026-11-01T09:00', '2026-11-01T17:00')], zone);
    expect([spring[1]!.restBeforeHours, spring[1]!.factors.quickReturn]).toEqual([9, 1.39]);
    expect([fall[1]!.restBeforeHours, fall[1]!.factors.quickReturn]).toEqual([11, 1]);
  });

  it('counts touching duties as a quick return with 0 h rest (pass duty periods, not raw records)', () => {
    const risks = scheduleRiskIndex([aShift('2026-01-05T07:00', '2026-01-05T15:00'), aShift('2026-01-05T15:00', '2026-01-05T17:00')], zone);
    expect([risks[1]!.restBeforeHours, risks[1]!.factors.quickReturn]).toEqual([0, 1.39]);
  });

  it('reads the threshold and factor from the policy', () => {
    const params = { ...RISK_INDEX_DEFAULTS, quickReturnBelowHours: 12, quickReturnFactor: 1.25 };
    expect(quickReturnFactor(11.5, params)).toBe(1.25);
    expect(quickReturnFactor(12, params)).toBe(1);
  });
});
