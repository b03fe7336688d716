import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aShift, arbitrarySchedule, at, bruteForceRollingWindows, dailyShifts, scheduleFromSteps, verifyRule } from '@muster/testkit';
import { hoursMaxRolling48h } from '../../src/rules/hours.max-rolling-48h.ts';

describe('hours.max-rolling-48h', () => {
  it('accepts exactly 30 h in 48 h (the warn limit is "more than 30 h")', () => {
    expect(verifyRule(hoursMaxRolling48h).given(aShift('2026-01-05T07:00', '2026-01-05T22:00'), aShift('2026-01-06T07:00', '2026-01-06T22:00')).brief).toEqual([]);
  });

  it('warns on 30.5 h in 48 h', () => {
    const verdict = verifyRule(hoursMaxRolling48h).given(aShift('2026-01-05T07:00', '2026-01-05T22:00'), aShift('2026-01-06T07:00', '2026-01-06T22:30'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 30.5, limit: 30, from: '2026-01-05 07:00', to: '2026-01-07 07:00' }]);
    expect(verdict.messages[0]).toBe('30.5 h of duty in the 48 hours from 2026-01-05 07:00; more than 30 h is a warn.');
  });

  it('has no block level by default', () => {
    const verdict = verifyRule(hoursMaxRolling48h).given(dailyShifts('2026-01-05', 2, '06:00', 18));
    expect(verdict.brief.map((f) => [f.level, f.measured])).toEqual([['warn', 36]]);
  });

  it('reports overlapping windows over the limit once, as the worst (earliest of equals)', () => {
    const verdict = verifyRule(hoursMaxRolling48h).given(dailyShifts('2026-01-05', 3, '06:00', 16));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 32, limit: 30, from: '2026-01-05 06:00', to: '2026-01-07 06:00' }]);
    expect(verdict.findings[0]!.facts.windows).toBe(2);
  });

  it('counts night duties that run past midnight', () => {
    const verdict = verifyRule(hoursMaxRolling48h).given(aShift('2026-01-05T18:00', '2026-01-06T10:00'), aShift('2026-01-06T18:00', '2026-01-07T10:00'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 32, limit: 30, from: '2026-01-05 18:00', to: '2026-01-07 18:00' }]);
  });

  it('counts only the 6 h of a duty that crosses the window end', () => {
    const verdict = verifyRule(hoursMaxRolling48h).given(dailyShifts('2026-01-05', 2, '07:00', 12), aShift('2026-01-07T01:00', '2026-01-07T13:00'));
    expect(verdict.brief).toEqual([]);
  });

  it('warns once a quarter hour more of the crossing duty falls inside the window', () => {
    const verdict = verifyRule(hoursMaxRolling48h).given(dailyShifts('2026-01-05', 2, '07:00', 12), aShift('2026-01-07T00:45', '2026-01-07T13:00'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 30.25, limit: 30, from: '2026-01-05 07:00', to: '2026-01-07 07:00' }]);
  });

  it('counts the fall-back night as the 15 h it lasts (14 h on the clock)', () => {
    const verdict = verifyRule(hoursMaxRolling48h).given(aShift('2026-10-31T18:00', '2026-11-01T08:00'), aShift('2026-11-01T18:00', '2026-11-02T09:30'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 30.5, limit: 30, from: '2026-10-31 18:00', to: '2026-11-02 17:00' }]);
  });

  it('counts the spring-forward night as the 14 h it lasts (15 h on the clock)', () => {
    const verdict = verifyRule(hoursMaxRolling48h).given(aShift('2026-03-07T18:00', '2026-03-08T09:00'), aShift('2026-03-08T18:00', '2026-03-09T10:00'));
    expect(verdict.brief).toEqual([]);
  });

  it('does not count on-call time', () => {
    const verdict = verifyRule(hoursMaxRolling48h).given(dailyShifts('2026-01-05', 2, '07:00', 12), aShift('2026-01-05T19:00', '2026-01-06T07:00', { kind: 'on_call' }));
    expect(verdict.brief).toEqual([]);
  });

  it('reports exactly the worst window and the number of windows a brute-force scan finds over the limit', () => {
    fc.assert(
      // Up to 30 records, each step (gap before it, length) in quarter hours; a 0 gap makes a holdover.
      fc.property(arbitrarySchedule({ records: [1, 30], gap: [0, 16 * 4], length: [1, 16 * 4] }), (steps) => {
        const records = scheduleFromSteps(at('2026-01-05T00:00Z'), steps, 15);
        const verdict = verifyRule(hoursMaxRolling48h, { zone: 'UTC' }).given(records);
        const scan = bruteForceRollingWindows(records, 48, (hours) => hours > 30);
        expect(verdict.findings.reduce((n, f) => n + Number(f.facts.windows), 0)).toBe(scan.violating);
        expect(Math.max(0, ...verdict.findings.map((f) => f.measured))).toBeCloseTo(scan.violating > 0 ? scan.worst : 0, 9);
        for (const f of verdict.findings) expect(f.measured).toBeLessThanOrEqual(48);
      }),
    );
  });
});
