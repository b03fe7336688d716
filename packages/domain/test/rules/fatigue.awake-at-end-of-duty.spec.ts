import { describe, expect, it } from 'vitest';
import { aShift, verifyRule } from '@muster/testkit';
import { fatigueAwakeAtEndOfDuty } from '../../src/rules/fatigue.awake-at-end-of-duty.ts';

describe('fatigue.awake-at-end-of-duty', () => {
  it('warns at exactly 17 h awake and not at 16 h 55', () => {
    // Habitual waking 07:00; sleep after the duty only starts an hour after it.
    expect(verifyRule(fatigueAwakeAtEndOfDuty).given(aShift('2026-01-05T14:00', '2026-01-06T00:00')).brief).toEqual([
      { level: 'warn', measured: 17, limit: 17, from: '2026-01-05 14:00', to: '2026-01-06 00:00' },
    ]);
    expect(verifyRule(fatigueAwakeAtEndOfDuty).given(aShift('2026-01-05T14:00', '2026-01-05T23:55')).brief).toEqual([]);
  });

  it('finds 25 h awake at the end of a first night shift', () => {
    expect(
      verifyRule(fatigueAwakeAtEndOfDuty)
        .given(aShift('2026-01-05T22:00', '2026-01-06T08:00'))
        .brief.map((f) => f.measured),
    ).toEqual([25]);
  });

  it('counts the extra hour of the fall-back night', () => {
    // 07:00 CDT to 02:30 CST is 20.5 h elapsed (19.5 h on the clock).
    expect(
      verifyRule(fatigueAwakeAtEndOfDuty)
        .given(aShift('2026-10-31T16:00', '2026-11-01T02:30'))
        .brief.map((f) => f.measured),
    ).toEqual([20.5]);
  });

  it('restarts the count after the recovery sleep between nights', () => {
    const verdict = verifyRule(fatigueAwakeAtEndOfDuty).given(aShift('2026-01-05T22:00', '2026-01-06T08:00'), aShift('2026-01-06T22:00', '2026-01-07T08:00'));
    // Second night: awake since the end of recovery sleep at 16:00, 16 h at 08:00.
    expect(verdict.brief.map((f) => [f.from, f.measured])).toEqual([['2026-01-05 22:00', 25]]);
  });
});
