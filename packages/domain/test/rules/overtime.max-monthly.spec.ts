import { describe, expect, it } from 'vitest';
import { aShift, dailyShifts, verifyRule } from '@muster/testkit';
import { overtimeMaxMonthly } from '../../src/rules/overtime.max-monthly.ts';

const overtime = { kind: 'overtime' } as const;

describe('overtime.max-monthly', () => {
  it('accepts exactly 80 h of overtime in a month (the warn limit is "more than 80 h")', () => {
    expect(verifyRule(overtimeMaxMonthly).given(dailyShifts('2026-01-05', 10, '07:00', 8, overtime)).brief).toEqual([]);
  });

  it('warns on 80.5 h of overtime in a month, spanning the local month', () => {
    const verdict = verifyRule(overtimeMaxMonthly).given(dailyShifts('2026-01-05', 10, '07:00', 8, overtime), aShift('2026-01-20T07:00', '2026-01-20T07:30', overtime));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 80.5, limit: 80, from: '2026-01-01 00:00', to: '2026-02-01 00:00' }]);
    expect(verdict.messages[0]).toBe('80.5 h of overtime in 2026-01 across 11 records; more than 80 h is a warn.');
  });

  it('warns, not blocks, on exactly 96 h', () => {
    const verdict = verifyRule(overtimeMaxMonthly).given(dailyShifts('2026-01-05', 12, '07:00', 8, overtime));
    expect(verdict.brief.map((f) => [f.level, f.measured, f.limit])).toEqual([['warn', 96, 80]]);
  });

  it('blocks 96.5 h', () => {
    const verdict = verifyRule(overtimeMaxMonthly).given(dailyShifts('2026-01-05', 12, '07:00', 8, overtime), aShift('2026-01-20T07:00', '2026-01-20T07:30', overtime));
    expect(verdict.brief.map((f) => [f.level, f.measured, f.limit])).toEqual([['block', 96.5, 96]]);
  });

  it('counts only records of kind overtime', () => {
    const verdict = verifyRule(overtimeMaxMonthly).given(
      dailyShifts('2026-01-05', 10, '07:00', 8, overtime),
      dailyShifts('2026-01-05', 10, '16:00', 4, { kind: 'court' }),
      dailyShifts('2026-01-16', 10, '07:00', 12),
      aShift('2026-01-27T07:00', '2026-01-28T07:00', { kind: 'on_call' }),
    );
    expect(verdict.brief).toEqual([]);
  });

  it('counts a record that runs past midnight into the next month whole, in the local month it starts', () => {
    // 20:00 on 31 January in Chicago is already 1 February in UTC.
    const verdict = verifyRule(overtimeMaxMonthly).given(dailyShifts('2026-01-05', 7, '07:00', 10, overtime), aShift('2026-01-31T20:00', '2026-02-01T08:00', overtime));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 82, limit: 80, from: '2026-01-01 00:00', to: '2026-02-01 00:00' }]);
  });

  it('reports each month on its own', () => {
    const verdict = verifyRule(overtimeMaxMonthly).given(dailyShifts('2026-01-05', 8, '07:00', 9, overtime), dailyShifts('2026-02-02', 11, '07:00', 9, overtime));
    expect(verdict.brief.map((f) => [f.measured, f.from])).toEqual([[99, '2026-02-01 00:00']]);
    const both = verifyRule(overtimeMaxMonthly).given(dailyShifts('2026-01-05', 10, '07:00', 9, overtime), dailyShifts('2026-02-02', 10, '07:00', 9, overtime));
    expect(both.brief.map((f) => [f.level, f.measured, f.from])).toEqual([
      ['warn', 90, '2026-01-01 00:00'],
      ['warn', 90, '2026-02-01 00:00'],
    ]);
  });

  it('counts the fall-back night as the 13 h it lasts (12 h on the clock), crossing 80 h', () => {
    const verdict = verifyRule(overtimeMaxMonthly).given(
      dailyShifts('2026-10-05', 6, '07:00', 10, overtime),
      aShift('2026-10-20T07:00', '2026-10-20T15:00', overtime),
      aShift('2026-10-31T19:00', '2026-11-01T07:00', overtime),
    );
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 81, limit: 80, from: '2026-10-01 00:00', to: '2026-11-01 00:00' }]);
  });

  it('counts the spring-forward night as the 11 h it lasts (12 h on the clock), staying at 80 h', () => {
    const verdict = verifyRule(overtimeMaxMonthly).given(
      aShift('2026-03-07T19:00', '2026-03-08T07:00', overtime),
      dailyShifts('2026-03-09', 6, '07:00', 10, overtime),
      aShift('2026-03-20T07:00', '2026-03-20T16:00', overtime),
    );
    expect(verdict.brief).toEqual([]);
  });

  it('follows the policy thresholds', () => {
    const verdict = verifyRule(overtimeMaxMonthly, { settings: { warn: 20, block: 30 } }).given(dailyShifts('2026-01-05', 3, '07:00', 8, overtime));
    expect(verdict.brief.map((f) => [f.level, f.limit, f.measured])).toEqual([['warn', 20, 24]]);
  });
});
