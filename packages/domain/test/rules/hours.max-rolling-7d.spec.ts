import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aShift, arbitrarySchedule, at, bruteForceRollingWindows, dailyShifts, scheduleFromSteps, verifyRule } from '@muster/testkit';
import { hoursMaxRolling7d } from '../../src/rules/hours.max-rolling-7d.ts';

describe('hours.max-rolling-7d', () => {
  it('accepts 59.5 h in 7 days', () => {
    expect(verifyRule(hoursMaxRolling7d).given(dailyShifts('2026-01-05', 4, '07:00', 12), aShift('2026-01-09T07:00', '2026-01-09T18:30')).brief).toEqual([]);
  });

  it('warns at exactly 60 h in 7 days (the warn limit is "60 h or more")', () => {
    const verdict = verifyRule(hoursMaxRolling7d).given(dailyShifts('2026-01-05', 5, '07:00', 12));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 60, limit: 60, from: '2026-01-05 07:00', to: '2026-01-12 07:00' }]);
    expect(verdict.messages[0]).toBe('60 h of duty in the 7 days from 2026-01-05 07:00; 60 h or more is a warn.');
  });

  it('warns, not blocks, on 71.5 h', () => {
    const verdict = verifyRule(hoursMaxRolling7d).given(dailyShifts('2026-01-05', 5, '07:00', 12), aShift('2026-01-10T07:00', '2026-01-10T18:30'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 71.5, limit: 60, from: '2026-01-05 07:00', to: '2026-01-12 07:00' }]);
  });

  it('blocks at exactly 72 h, reporting the two overlapping windows over the limit as one finding', () => {
    const verdict = verifyRule(hoursMaxRolling7d).given(dailyShifts('2026-01-05', 6, '07:00', 12));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 72, limit: 72, from: '2026-01-05 07:00', to: '2026-01-12 07:00' }]);
    expect(verdict.findings[0]!.facts.windows).toBe(2);
    expect(verdict.messages[0]).toContain('(worst of 2 overlapping windows over the limit)');
  });

  it('reports a run of heavy windows once, as its worst window', () => {
    // Ten 10 h days with a 14 h day on the 8th: windows from days 1..5 hold 70, 74, 74, 74, 64 h.
    const verdict = verifyRule(hoursMaxRolling7d).given(
      dailyShifts('2026-01-05', 7, '07:00', 10),
      aShift('2026-01-12T07:00', '2026-01-12T21:00'),
      dailyShifts('2026-01-13', 2, '07:00', 10),
    );
    expect(verdict.brief).toEqual([{ level: 'block', measured: 74, limit: 72, from: '2026-01-06 07:00', to: '2026-01-13 07:00' }]);
    expect(verdict.findings[0]!.facts).toEqual({ windows: 5, episodeStart: at('2026-01-05T07:00'), episodeEnd: at('2026-01-16T07:00') });
  });

  it('reports two heavy weeks whose windows do not overlap as two findings', () => {
    const verdict = verifyRule(hoursMaxRolling7d).given(dailyShifts('2026-01-05', 5, '07:00', 12), dailyShifts('2026-01-19', 5, '07:00', 12));
    expect(verdict.brief.map((f) => [f.level, f.measured, f.from])).toEqual([
      ['warn', 60, '2026-01-05 07:00'],
      ['warn', 60, '2026-01-19 07:00'],
    ]);
  });

  it('counts only the part of a duty that crosses the window end', () => {
    // 5 × 11 h, then a 12 h duty from 01:00 of day 8: 6 h of it fall before the window closes at 07:00.
    const verdict = verifyRule(hoursMaxRolling7d).given(dailyShifts('2026-01-05', 5, '07:00', 11), aShift('2026-01-12T01:00', '2026-01-12T13:00'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 61, limit: 60, from: '2026-01-05 07:00', to: '2026-01-12 07:00' }]);
    expect(verdict.findings[0]!.facts.windows).toBe(1);
  });

  it('counts night duties that run past midnight', () => {
    const verdict = verifyRule(hoursMaxRolling7d).given(dailyShifts('2026-01-05', 5, '19:00', 12));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 60, limit: 60, from: '2026-01-05 19:00', to: '2026-01-12 19:00' }]);
  });

  it('does not count on-call time', () => {
    const verdict = verifyRule(hoursMaxRolling7d).given(dailyShifts('2026-01-05', 4, '07:00', 12), aShift('2026-01-09T07:00', '2026-01-10T07:00', { kind: 'on_call' }));
    expect(verdict.brief).toEqual([]);
  });

  it('counts the fall-back night as the 12 h it lasts (11 h on the clock), reaching 60 h', () => {
    const verdict = verifyRule(hoursMaxRolling7d).given(dailyShifts('2026-10-27', 4, '19:00', 12), aShift('2026-10-31T19:00', '2026-11-01T06:00'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 60, limit: 60, from: '2026-10-27 19:00', to: '2026-11-03 18:00' }]);
  });

  it('counts the spring-forward night as the 11 h it lasts (12 h on the clock), staying under 60 h', () => {
    const verdict = verifyRule(hoursMaxRolling7d).given(dailyShifts('2026-03-03', 4, '19:00', 12), aShift('2026-03-07T19:00', '2026-03-08T07:00'));
    expect(verdict.brief).toEqual([]);
  });

  it('follows the policy thresholds', () => {
    const verdict = verifyRule(hoursMaxRolling7d, { settings: { warn: 40, block: 50 } }).given(dailyShifts('2026-01-05', 5, '07:00', 9));
    expect(verdict.brief.map((f) => [f.level, f.limit, f.measured])).toEqual([['warn', 40, 45]]);
  });

  it('reports exactly the worst window and the number of windows a brute-force scan finds over the limit', () => {
    fc.assert(
      // Up to 30 records, each step (gap before it, length) in quarter hours; a 0 gap makes a holdover.
      fc.property(arbitrarySchedule({ records: [1, 30], gap: [0, 16 * 4], length: [1, 16 * 4] }), (steps) => {
        const records = scheduleFromSteps(at('2026-01-05T00:00Z'), steps, 15);
        const verdict = verifyRule(hoursMaxRolling7d, { zone: 'UTC' }).given(records);
        const scan = bruteForceRollingWindows(records, 168, (hours) => hours >= 60);
        expect(verdict.findings.reduce((n, f) => n + Number(f.facts.windows), 0)).toBe(scan.violating);
        expect(Math.max(0, ...verdict.findings.map((f) => f.measured))).toBeCloseTo(scan.violating > 0 ? scan.worst : 0, 9);
        for (const f of verdict.findings) {
          expect(f.measured).toBeLessThanOrEqual(168);
          expect(f.level).toBe(f.measured >= 72 ? 'block' : 'warn');
        }
      }),
    );
  });
});
