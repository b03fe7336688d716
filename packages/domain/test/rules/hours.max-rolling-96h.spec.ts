import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aShift, arbitrarySchedule, at, bruteForceRollingWindows, dailyShifts, scheduleFromSteps, verifyRule } from '@muster/testkit';
import { hoursMaxRolling96h } from '../../src/rules/hours.max-rolling-96h.ts';

describe('hours.max-rolling-96h', () => {
  it('accepts exactly 40 h in 96 h (the warn limit is "more than 40 h")', () => {
    expect(verifyRule(hoursMaxRolling96h).given(dailyShifts('2026-01-05', 4, '07:00', 10)).brief).toEqual([]);
  });

  it('does not count a duty that starts exactly when the window closes', () => {
    expect(verifyRule(hoursMaxRolling96h).given(dailyShifts('2026-01-05', 5, '07:00', 10)).brief).toEqual([]);
  });

  it('warns on 40.5 h in 96 h', () => {
    const verdict = verifyRule(hoursMaxRolling96h).given(dailyShifts('2026-01-05', 3, '07:00', 10), aShift('2026-01-08T07:00', '2026-01-08T17:30'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 40.5, limit: 40, from: '2026-01-05 07:00', to: '2026-01-09 07:00' }]);
    expect(verdict.messages[0]).toBe('40.5 h of duty in the 96 hours from 2026-01-05 07:00; more than 40 h is a warn.');
  });

  it('counts night duties that run past midnight, and only the part of one that crosses the window end', () => {
    const verdict = verifyRule(hoursMaxRolling96h).given(dailyShifts('2026-01-05', 4, '22:00', 10), aShift('2026-01-09T21:00', '2026-01-10T07:00'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 41, limit: 40, from: '2026-01-05 22:00', to: '2026-01-09 22:00' }]);
    expect(verdict.findings[0]!.facts.windows).toBe(1);
  });

  it('reports overlapping windows over the limit once, with their count', () => {
    const verdict = verifyRule(hoursMaxRolling96h).given(dailyShifts('2026-01-05', 6, '07:00', 11));
    // Windows from days 1, 2, 3 hold 44 h; from day 4, 33 h.
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 44, limit: 40, from: '2026-01-05 07:00', to: '2026-01-09 07:00' }]);
    expect(verdict.findings[0]!.facts.windows).toBe(3);
  });

  it('closes the window 96 real hours on, at 06:00 on the clock after the fall-back night', () => {
    const base = [...dailyShifts('2026-10-29', 3, '07:00', 10), aShift('2026-11-01T07:00', '2026-11-01T17:00')];
    expect(verifyRule(hoursMaxRolling96h).given(base, aShift('2026-11-02T06:00', '2026-11-02T16:00')).brief).toEqual([]);
    expect(verifyRule(hoursMaxRolling96h).given(base, aShift('2026-11-02T05:00', '2026-11-02T15:00')).brief).toEqual([
      { level: 'warn', measured: 41, limit: 40, from: '2026-10-29 07:00', to: '2026-11-02 06:00' },
    ]);
  });

  it('closes the window 96 real hours on, at 08:00 on the clock after the spring-forward night', () => {
    const verdict = verifyRule(hoursMaxRolling96h).given(dailyShifts('2026-03-05', 4, '07:00', 10), aShift('2026-03-09T07:00', '2026-03-09T17:00'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 41, limit: 40, from: '2026-03-05 07:00', to: '2026-03-09 08:00' }]);
  });

  it('does not count on-call time', () => {
    expect(verifyRule(hoursMaxRolling96h).given(dailyShifts('2026-01-05', 4, '07:00', 10), aShift('2026-01-05T17:00', '2026-01-06T07:00', { kind: 'on_call' })).brief).toEqual([]);
  });

  it('reports exactly the worst window and the number of windows a brute-force scan finds over the limit', () => {
    fc.assert(
      // Up to 30 records, each step (gap before it, length) in quarter hours; a 0 gap makes a holdover.
      fc.property(arbitrarySchedule({ records: [1, 30], gap: [0, 16 * 4], length: [1, 16 * 4] }), (steps) => {
        const records = scheduleFromSteps(at('2026-01-05T00:00Z'), steps, 15);
        const verdict = verifyRule(hoursMaxRolling96h, { zone: 'UTC' }).given(records);
        const scan = bruteForceRollingWindows(records, 96, (hours) => hours > 40);
        expect(verdict.findings.reduce((n, f) => n + Number(f.facts.windows), 0)).toBe(scan.violating);
        expect(Math.max(0, ...verdict.findings.map((f) => f.measured))).toBeCloseTo(scan.violating > 0 ? scan.worst : 0, 9);
        for (const f of verdict.findings) expect(f.measured).toBeLessThanOrEqual(96);
      }),
    );
  });
});
