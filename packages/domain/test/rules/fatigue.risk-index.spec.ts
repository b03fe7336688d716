import { describe, expect, it } from 'vitest';
import { aShift, dailyShifts, verifyRule } from '@muster/testkit';
import { fatigueRiskIndex } from '../../src/rules/fatigue.risk-index.ts';

describe('fatigue.risk-index', () => {
  it('does not flag a single 8-h day shift (index 1.0)', () => {
    expect(verifyRule(fatigueRiskIndex).given(aShift('2026-01-05T07:00', '2026-01-05T15:00')).brief).toEqual([]);
  });

  it('warns from the 3rd consecutive 10-h night, at exactly 1.6', () => {
    const verdict = verifyRule(fatigueRiskIndex).given(dailyShifts('2026-01-05', 4, '20:00', 10));
    expect(verdict.brief.map((f) => [f.from, f.measured])).toEqual([
      ['2026-01-07 20:00', 1.6],
      ['2026-01-08 20:00', 1.79],
    ]);
    expect(verdict.messages[0]).toBe(
      'Schedule-risk index 1.6: about 1.6 times the incident risk of a single 8-h day shift (night +30 %, 3rd in a row +17 %, 10 h long +13 %); 1.6 or more is a warn.',
    );
  });

  it('adds the quick-return factor after less than 11 h of rest', () => {
    const verdict = verifyRule(fatigueRiskIndex).given(aShift('2026-01-05T07:00', '2026-01-05T19:00'), aShift('2026-01-06T05:00', '2026-01-06T17:00'));
    // Second 12-h day in a row (+2 %), 12 h long (+27 %), after 10 h of rest (+39 %).
    expect(verdict.findings.map((f) => [f.facts['quickReturn'], f.measured])).toEqual([[1.39, 1.68]]);
  });

  it('counts successive nights across the spring-forward night', () => {
    const verdict = verifyRule(fatigueRiskIndex).given(dailyShifts('2026-03-06', 4, '20:00', 10));
    expect(verdict.findings.map((f) => f.facts['successiveCount'])).toEqual([3, 4]);
  });
});
