import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type DutyRecord } from '@muster/domain';
import { MS_PER_DAY } from '@muster/kernel';
import { aShift, arbitrarySchedule, at, scheduleFromSteps, shiftRecords, verifyRule } from '@muster/testkit';
import { restMinBetweenDuties } from '../../src/rules/rest.min-between-duties.ts';

describe('rest.min-between-duties', () => {
  it('accepts exactly 12 h rest (the warn limit is "less than 12 h")', () => {
    expect(verifyRule(restMinBetweenDuties).given(aShift('2026-01-05T07:00', '2026-01-05T19:00'), aShift('2026-01-06T07:00', '2026-01-06T15:00')).brief).toEqual([]);
  });

  it('warns on 11.75 h rest', () => {
    const verdict = verifyRule(restMinBetweenDuties).given(aShift('2026-01-05T07:00', '2026-01-05T19:15'), aShift('2026-01-06T07:00', '2026-01-06T15:00'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 11.75, limit: 12, from: '2026-01-05 19:15', to: '2026-01-06 07:00' }]);
    expect(verdict.messages[0]).toBe('Only 11.75 h rest between duties (2026-01-05 19:15 to 2026-01-06 07:00); the warn limit is at least 12 h.');
  });

  it('warns, not blocks, on exactly 10 h rest (the block limit is "less than 10 h")', () => {
    const verdict = verifyRule(restMinBetweenDuties).given(aShift('2026-01-05T07:00', '2026-01-05T21:00'), aShift('2026-01-06T07:00', '2026-01-06T15:00'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 10, limit: 12, from: '2026-01-05 21:00', to: '2026-01-06 07:00' }]);
  });

  it('blocks 9.5 h rest', () => {
    const verdict = verifyRule(restMinBetweenDuties).given(aShift('2026-01-05T07:00', '2026-01-05T21:30'), aShift('2026-01-06T07:00', '2026-01-06T15:00'));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 9.5, limit: 10, from: '2026-01-05 21:30', to: '2026-01-06 07:00' }]);
  });

  it('measures rest after a night duty that runs past midnight', () => {
    const verdict = verifyRule(restMinBetweenDuties).given(aShift('2026-01-05T22:00', '2026-01-06T07:00'), aShift('2026-01-06T16:00', '2026-01-07T00:00'));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 9, limit: 10, from: '2026-01-06 07:00', to: '2026-01-06 16:00' }]);
  });

  it('does not see rest inside a shift joined to its holdover', () => {
    const verdict = verifyRule(restMinBetweenDuties).given(
      aShift('2026-01-05T07:00', '2026-01-05T15:00'),
      aShift('2026-01-05T15:00', '2026-01-05T19:00', { kind: 'overtime' }),
      aShift('2026-01-06T07:00', '2026-01-06T15:00'),
    );
    expect(verdict.brief).toEqual([]);
  });

  it('does not let on-call time between duties break the rest', () => {
    const verdict = verifyRule(restMinBetweenDuties).given(
      aShift('2026-01-05T07:00', '2026-01-05T19:00'),
      aShift('2026-01-05T19:00', '2026-01-06T07:00', { kind: 'on_call' }),
      aShift('2026-01-06T07:00', '2026-01-06T15:00'),
    );
    expect(verdict.brief).toEqual([]);
  });

  it('counts a callback during on-call time as duty that cuts the rest', () => {
    const verdict = verifyRule(restMinBetweenDuties).given(
      aShift('2026-01-05T07:00', '2026-01-05T19:00'),
      aShift('2026-01-05T19:00', '2026-01-06T07:00', { kind: 'on_call' }),
      aShift('2026-01-06T01:00', '2026-01-06T02:00', { kind: 'overtime' }),
      aShift('2026-01-06T07:00', '2026-01-06T15:00'),
    );
    expect(verdict.brief).toEqual([
      { level: 'block', measured: 6, limit: 10, from: '2026-01-05 19:00', to: '2026-01-06 01:00' },
      { level: 'block', measured: 5, limit: 10, from: '2026-01-06 02:00', to: '2026-01-06 07:00' },
    ]);
  });

  it('finds 11 h rest, not 10 h, across the fall-back night', () => {
    const verdict = verifyRule(restMinBetweenDuties).given(aShift('2026-10-31T13:00', '2026-10-31T21:00'), aShift('2026-11-01T07:00', '2026-11-01T15:00'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 11, limit: 12, from: '2026-10-31 21:00', to: '2026-11-01 07:00' }]);
  });

  it('finds 9 h rest, not 10 h, across the spring-forward night', () => {
    const verdict = verifyRule(restMinBetweenDuties).given(aShift('2026-03-07T13:00', '2026-03-07T21:00'), aShift('2026-03-08T07:00', '2026-03-08T15:00'));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 9, limit: 10, from: '2026-03-07 21:00', to: '2026-03-08 07:00' }]);
  });

  it('accepts 11 h on the clock across the fall-back night, which is 12 h of real rest', () => {
    const verdict = verifyRule(restMinBetweenDuties).given(aShift('2026-10-31T13:00', '2026-10-31T21:00'), aShift('2026-11-01T08:00', '2026-11-01T16:00'));
    expect(verdict.brief).toEqual([]);
  });

  it('follows the policy thresholds', () => {
    const verdict = verifyRule(restMinBetweenDuties, { settings: { warn: 11, block: 8 } }).given(
      aShift('2026-01-05T07:00', '2026-01-05T20:30'),
      aShift('2026-01-06T07:00', '2026-01-06T15:00'),
    );
    expect(verdict.brief.map((f) => [f.level, f.limit, f.measured])).toEqual([['warn', 11, 10.5]]);
  });

  it('reports the same rest hours when every record moves by whole weeks (UTC zone)', () => {
    const base = at('2026-01-05T00:00Z');
    const gapsAndLengths = arbitrarySchedule({ records: [2, 12], gap: [0, 20 * 4], length: [1, 16 * 4] });
    fc.assert(
      fc.property(gapsAndLengths, fc.integer({ min: -20, max: 20 }), (steps, weeks) => {
        const records = scheduleFromSteps(base, steps, 15);
        const moved = shiftRecords(records, weeks * 7 * MS_PER_DAY);
        const measure = (rs: DutyRecord[]) =>
          verifyRule(restMinBetweenDuties, { zone: 'UTC' })
            .given(rs)
            .findings.map((f) => [f.level, f.measured]);
        expect(measure(moved)).toEqual(measure(records));
      }),
    );
  });
});
