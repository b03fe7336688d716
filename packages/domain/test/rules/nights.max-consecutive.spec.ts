import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DutyRecord } from '@muster/domain';
import { MS_PER_DAY } from '@muster/kernel';
import { aShift, arbitrarySchedule, at, dailyShifts, day, scheduleFromSteps, shiftRecords, verifyRule } from '@muster/testkit';
import { nightsMaxConsecutive } from '../../src/rules/nights.max-consecutive.ts';

describe('nights.max-consecutive', () => {
  it('accepts 4 night duties in a row (the warn limit is "more than 4")', () => {
    expect(verifyRule(nightsMaxConsecutive).given(dailyShifts('2026-01-05', 4, '22:00', 8)).brief).toEqual([]);
  });

  it('warns on 5 night duties in a row, each running past midnight', () => {
    const verdict = verifyRule(nightsMaxConsecutive).given(dailyShifts('2026-01-05', 5, '22:00', 8));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 5, limit: 4, from: '2026-01-05 22:00', to: '2026-01-10 06:00' }]);
    expect(verdict.findings[0]!.facts).toEqual({ firstDay: day('2026-01-05'), lastDay: day('2026-01-09') });
    expect(verdict.messages[0]).toContain('5 night duties on consecutive days (2026-01-05 to 2026-01-09); more than 4 is a warn');
  });

  it('counts a duty with exactly 3 h inside 23:00–06:00 as a night duty', () => {
    const verdict = verifyRule(nightsMaxConsecutive).given(dailyShifts('2026-01-05', 5, '18:00', 8));
    expect(verdict.brief.map((f) => [f.measured, f.from, f.to])).toEqual([[5, '2026-01-05 18:00', '2026-01-10 02:00']]);
  });

  it('does not count a duty with 2 h 59 min inside the night window', () => {
    expect(verifyRule(nightsMaxConsecutive).given(dailyShifts('2026-01-05', 5, '18:01', 7 + 58 / 60)).brief).toEqual([]);
  });

  it('counts an early duty with 3 h before 06:00 as a night duty of the day it starts', () => {
    const verdict = verifyRule(nightsMaxConsecutive).given(dailyShifts('2026-01-05', 5, '03:00', 8));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 5, limit: 4, from: '2026-01-05 03:00', to: '2026-01-09 11:00' }]);
  });

  it('does not count a day duty', () => {
    expect(verifyRule(nightsMaxConsecutive).given(dailyShifts('2026-01-05', 10, '07:00', 12)).brief).toEqual([]);
  });

  it('sums night time of a duty period joined from a shift and its holdover', () => {
    // 20:00–00:00 has 1 h of night and the 00:00–02:00 holdover 2 h; joined, the period has 3 h.
    const verdict = verifyRule(nightsMaxConsecutive).given(dailyShifts('2026-01-05', 5, '20:00', 4), dailyShifts('2026-01-06', 5, '00:00', 2, { kind: 'overtime' }));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 5, limit: 4, from: '2026-01-05 20:00', to: '2026-01-10 02:00' }]);
  });

  it('breaks the run on a local day without a night duty', () => {
    const verdict = verifyRule(nightsMaxConsecutive).given(dailyShifts('2026-01-05', 4, '22:00', 8), dailyShifts('2026-01-10', 4, '22:00', 8));
    expect(verdict.brief).toEqual([]);
  });

  it('does not count on-call nights', () => {
    const verdict = verifyRule(nightsMaxConsecutive).given(dailyShifts('2026-01-05', 4, '22:00', 8), aShift('2026-01-09T22:00', '2026-01-10T06:00', { kind: 'on_call' }));
    expect(verdict.brief).toEqual([]);
  });

  it('counts the 01:00–04:00 duty of the fall-back night as 4 h of night, making a fifth night', () => {
    // 01:00–04:00 on the clock lasts 4 h on 1 November; the four nights before hold exactly 3 h.
    const verdict = verifyRule(nightsMaxConsecutive).given(dailyShifts('2026-10-28', 4, '01:00', 3), aShift('2026-11-01T01:00', '2026-11-01T04:00'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 5, limit: 4, from: '2026-10-28 01:00', to: '2026-11-01 04:00' }]);
  });

  it('counts the 01:00–04:00 duty of the spring-forward night as 2 h, not a night duty', () => {
    const verdict = verifyRule(nightsMaxConsecutive).given(
      dailyShifts('2026-03-04', 4, '01:00', 3),
      aShift('2026-03-08T01:00', '2026-03-08T04:00'),
      aShift('2026-03-09T01:00', '2026-03-09T04:00'),
    );
    expect(verdict.brief).toEqual([]);
  });

  it('counts a 22:00–07:00 duty on the spring-forward night (8 h, 6 h of them at night) as a night duty', () => {
    const verdict = verifyRule(nightsMaxConsecutive).given(dailyShifts('2026-03-03', 4, '22:00', 9), aShift('2026-03-07T22:00', '2026-03-08T07:00'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 5, limit: 4, from: '2026-03-03 22:00', to: '2026-03-08 07:00' }]);
  });

  it('follows the policy thresholds and night window', () => {
    const settings = { warn: 2, block: 3, nightStart: '22:00', nightEnd: '05:00', minNightHours: 4 };
    // 21:00–02:00 holds 4 h of 22:00–05:00 night (only 3 h of the default window).
    const verdict = verifyRule(nightsMaxConsecutive, { settings }).given(dailyShifts('2026-01-05', 3, '21:00', 5));
    expect(verdict.brief.map((f) => [f.level, f.limit, f.measured])).toEqual([['warn', 2, 3]]);
  });

  it('reports the same runs when every record moves by whole weeks (UTC zone)', () => {
    const base = at('2026-01-05T00:00Z');
    const schedule = arbitrarySchedule({ records: [1, 40], gap: [0, 30], length: [1, 12] });
    fc.assert(
      fc.property(schedule, fc.integer({ min: -30, max: 30 }), (steps, weeks) => {
        const records = scheduleFromSteps(base, steps, 60);
        const moved = shiftRecords(records, weeks * 7 * MS_PER_DAY);
        const measure = (rs: DutyRecord[]) =>
          verifyRule(nightsMaxConsecutive, { zone: 'UTC', settings: { warn: 1 } })
            .given(rs)
            .findings.map((f) => [f.measured, f.end - f.start]);
        expect(measure(moved)).toEqual(measure(records));
      }),
    );
  });
});
