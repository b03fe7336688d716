import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DutyRecord } from '@muster/domain';
import { MS_PER_DAY } from '@muster/kernel';
import { aShift, arbitrarySchedule, at, dailyShifts, day, scheduleFromSteps, shiftRecords, verifyRule } from '@muster/testkit';
import { daysMaxConsecutiveDutyDays } from '../../src/rules/days.max-consecutive-duty-days.ts';

describe('days.max-consecutive-duty-days', () => {
  it('accepts 6 duty days in a row (the warn limit is "more than 6")', () => {
    expect(verifyRule(daysMaxConsecutiveDutyDays).given(dailyShifts('2026-01-05', 6, '07:00', 8)).brief).toEqual([]);
  });

  it('warns on 7 duty days in a row, spanning the first start to the last end', () => {
    const verdict = verifyRule(daysMaxConsecutiveDutyDays).given(dailyShifts('2026-01-05', 7, '07:00', 8));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 7, limit: 6, from: '2026-01-05 07:00', to: '2026-01-11 15:00' }]);
    expect(verdict.messages[0]).toBe('7 consecutive duty days (2026-01-05 to 2026-01-11); more than 6 is a warn.');
  });

  it('warns, not blocks, on 12 duty days in a row', () => {
    const verdict = verifyRule(daysMaxConsecutiveDutyDays).given(dailyShifts('2026-01-05', 12, '07:00', 8));
    expect(verdict.brief.map((f) => [f.level, f.measured, f.limit])).toEqual([['warn', 12, 6]]);
  });

  it('blocks 13 duty days in a row', () => {
    const verdict = verifyRule(daysMaxConsecutiveDutyDays).given(dailyShifts('2026-01-05', 13, '07:00', 8));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 13, limit: 12, from: '2026-01-05 07:00', to: '2026-01-17 15:00' }]);
  });

  it('counts a night that runs past midnight only on the day it starts', () => {
    // Six nights touch seven calendar days, but start on six.
    expect(verifyRule(daysMaxConsecutiveDutyDays).given(dailyShifts('2026-01-05', 6, '22:00', 8)).brief).toEqual([]);
  });

  it('counts a day with two duties once', () => {
    const verdict = verifyRule(daysMaxConsecutiveDutyDays).given(dailyShifts('2026-01-05', 7, '07:00', 4), dailyShifts('2026-01-05', 7, '17:00', 4));
    expect(verdict.brief.map((f) => [f.level, f.measured])).toEqual([['warn', 7]]);
    expect(verdict.findings[0]!.facts.periods).toBe(14);
  });

  it('does not count a holdover as a duty day of its own', () => {
    // The holdover after the 6th day's night ends on day 7 and starts the same duty period.
    const verdict = verifyRule(daysMaxConsecutiveDutyDays).given(dailyShifts('2026-01-05', 6, '19:00', 12), aShift('2026-01-11T07:00', '2026-01-11T09:00', { kind: 'overtime' }));
    expect(verdict.brief).toEqual([]);
  });

  it('does not count an on-call day as a duty day', () => {
    const verdict = verifyRule(daysMaxConsecutiveDutyDays).given(
      dailyShifts('2026-01-05', 3, '07:00', 8),
      aShift('2026-01-08T07:00', '2026-01-08T19:00', { kind: 'on_call' }),
      dailyShifts('2026-01-09', 3, '07:00', 8),
    );
    expect(verdict.brief).toEqual([]);
  });

  it('breaks the run on a day without a duty start and reports each long run', () => {
    const verdict = verifyRule(daysMaxConsecutiveDutyDays).given(dailyShifts('2026-01-05', 7, '07:00', 8), dailyShifts('2026-01-13', 8, '07:00', 8));
    expect(verdict.brief.map((f) => [f.measured, f.from])).toEqual([
      [7, '2026-01-05 07:00'],
      [8, '2026-01-13 07:00'],
    ]);
  });

  it('counts local days across the spring-forward day (23 h long)', () => {
    const verdict = verifyRule(daysMaxConsecutiveDutyDays).given(dailyShifts('2026-03-02', 6, '23:30', 8), aShift('2026-03-08T23:30', '2026-03-09T07:30'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 7, limit: 6, from: '2026-03-02 23:30', to: '2026-03-09 07:30' }]);
  });

  it('counts two duties 24.5 h apart on the fall-back day (25 h long) as one duty day', () => {
    const verdict = verifyRule(daysMaxConsecutiveDutyDays).given(
      dailyShifts('2026-10-26', 6, '07:00', 8),
      aShift('2026-11-01T00:00', '2026-11-01T04:00'),
      aShift('2026-11-01T23:30', '2026-11-02T03:30'),
    );
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 7, limit: 6, from: '2026-10-26 07:00', to: '2026-11-02 03:30' }]);
    expect(verdict.findings[0]!.facts).toEqual({ firstDay: day('2026-10-26'), lastDay: day('2026-11-01'), periods: 8 });
  });

  it('follows the policy thresholds', () => {
    const verdict = verifyRule(daysMaxConsecutiveDutyDays, { settings: { warn: 4, block: 5 } }).given(dailyShifts('2026-01-05', 6, '07:00', 8));
    expect(verdict.brief.map((f) => [f.level, f.limit, f.measured])).toEqual([['block', 5, 6]]);
  });

  it('reports the same runs when every record moves by whole weeks (UTC zone)', () => {
    const base = at('2026-01-05T00:00Z');
    const schedule = arbitrarySchedule({ records: [1, 40], gap: [0, 4 * 24], length: [1, 16] });
    fc.assert(
      fc.property(schedule, fc.integer({ min: -30, max: 30 }), (steps, weeks) => {
        const records = scheduleFromSteps(base, steps, 60);
        const moved = shiftRecords(records, weeks * 7 * MS_PER_DAY);
        const measure = (rs: DutyRecord[]) =>
          verifyRule(daysMaxConsecutiveDutyDays, { zone: 'UTC', settings: { warn: 2, block: 5 } })
            .given(rs)
            .findings.map((f) => [f.level, f.measured, f.end - f.start]);
        expect(measure(moved)).toEqual(measure(records));
      }),
    );
  });
});
