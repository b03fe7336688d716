import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DutyRecord } from '@muster/domain';
import { MS_PER_DAY } from '@muster/kernel';
import { aShift, arbitrarySchedule, at, dailyShifts, day, scheduleFromSteps, shiftRecords, verifyRule } from '@muster/testkit';
import { daysOffMinPer7Days } from '../../src/rules/days-off.min-per-7-days.ts';

describe('days-off.min-per-7-days', () => {
  it('accepts 6 days in a row with duty', () => {
    expect(verifyRule(daysOffMinPer7Days).given(dailyShifts('2026-01-05', 6, '07:00', 8)).brief).toEqual([]);
  });

  it('blocks 7 days in a row with duty, spanning whole local days', () => {
    const verdict = verifyRule(daysOffMinPer7Days).given(dailyShifts('2026-01-05', 7, '07:00', 8));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 7, limit: 7, from: '2026-01-05 00:00', to: '2026-01-12 00:00' }]);
    expect(verdict.findings[0]!.facts).toEqual({ firstDay: day('2026-01-05'), lastDay: day('2026-01-11') });
    expect(verdict.messages[0]).toBe('7 consecutive local days without a full day off (2026-01-05 to 2026-01-11); 7 or more is a block.');
  });

  it('reports a 14-day stretch once, with its length', () => {
    const verdict = verifyRule(daysOffMinPer7Days).given(dailyShifts('2026-01-05', 14, '07:00', 8));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 14, limit: 7, from: '2026-01-05 00:00', to: '2026-01-19 00:00' }]);
  });

  it('blocks six night duties that run past midnight, because they touch seven days', () => {
    const verdict = verifyRule(daysOffMinPer7Days).given(dailyShifts('2026-01-05', 6, '22:00', 8));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 7, limit: 7, from: '2026-01-05 00:00', to: '2026-01-12 00:00' }]);
  });

  it('leaves the next day free after a duty that ends exactly at 00:00', () => {
    expect(verifyRule(daysOffMinPer7Days).given(dailyShifts('2026-01-05', 6, '16:00', 8)).brief).toEqual([]);
  });

  it('takes the next day after a duty that ends at 00:01', () => {
    const verdict = verifyRule(daysOffMinPer7Days).given(dailyShifts('2026-01-05', 5, '16:00', 8), aShift('2026-01-10T16:00', '2026-01-11T00:01'));
    expect(verdict.brief.map((f) => [f.measured, f.from, f.to])).toEqual([[7, '2026-01-05 00:00', '2026-01-12 00:00']]);
  });

  it('counts a day with only on-call time as a day off', () => {
    const verdict = verifyRule(daysOffMinPer7Days).given(
      dailyShifts('2026-01-05', 3, '07:00', 8),
      aShift('2026-01-08T00:00', '2026-01-09T00:00', { kind: 'on_call' }),
      dailyShifts('2026-01-09', 3, '07:00', 8),
    );
    expect(verdict.brief).toEqual([]);
  });

  it('uses local days of the officer, not UTC days', () => {
    // 16:00–23:30 in Chicago ends at 05:30 UTC the next day.
    const evenings = dailyShifts('2026-01-05', 6, '16:00', 7.5);
    expect(verifyRule(daysOffMinPer7Days).given(evenings).brief).toEqual([]);
    // The same instants, read in UTC, touch seven days.
    expect(
      verifyRule(daysOffMinPer7Days, { zone: 'UTC' })
        .given(evenings)
        .brief.map((f) => [f.measured, f.from]),
    ).toEqual([[7, '2026-01-05 00:00']]);
  });

  it('counts the spring-forward day (23 h) as a duty day like any other', () => {
    const verdict = verifyRule(daysOffMinPer7Days).given(dailyShifts('2026-03-05', 7, '07:00', 8));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 7, limit: 7, from: '2026-03-05 00:00', to: '2026-03-12 00:00' }]);
  });

  it('blocks six nights across the fall-back night, which touch seven local days', () => {
    const verdict = verifyRule(daysOffMinPer7Days).given(dailyShifts('2026-10-27', 6, '22:00', 8));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 7, limit: 7, from: '2026-10-27 00:00', to: '2026-11-03 00:00' }]);
  });

  it('leaves the fall-back day free after a duty that ends at its 00:00', () => {
    const verdict = verifyRule(daysOffMinPer7Days).given(dailyShifts('2026-10-26', 6, '16:00', 8), dailyShifts('2026-11-02', 6, '16:00', 8));
    expect(verdict.brief).toEqual([]);
  });

  it('follows the policy thresholds', () => {
    const verdict = verifyRule(daysOffMinPer7Days, { settings: { warn: 5, block: 6 } }).given(dailyShifts('2026-01-05', 5, '07:00', 8));
    expect(verdict.brief.map((f) => [f.level, f.limit, f.measured])).toEqual([['warn', 5, 5]]);
  });

  it('reports the same stretches when every record moves by whole weeks (UTC zone)', () => {
    const base = at('2026-01-05T00:00Z');
    const schedule = arbitrarySchedule({ records: [1, 40], gap: [0, 60], length: [1, 16] });
    fc.assert(
      fc.property(schedule, fc.integer({ min: -30, max: 30 }), (steps, weeks) => {
        const records = scheduleFromSteps(base, steps, 60);
        const moved = shiftRecords(records, weeks * 7 * MS_PER_DAY);
        const measure = (rs: DutyRecord[]) =>
          verifyRule(daysOffMinPer7Days, { zone: 'UTC', settings: { block: 3 } })
            .given(rs)
            .findings.map((f) => [f.measured, f.end - f.start]);
        expect(measure(moved)).toEqual(measure(records));
      }),
    );
  });
});
