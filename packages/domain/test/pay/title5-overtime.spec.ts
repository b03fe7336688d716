import { describe, expect, it } from 'vitest';
import { timeZone } from '@muster/kernel';
import { aShift, dailyShifts, day } from '@muster/testkit';
import { title5Weeks } from '../../src/pay/title5-overtime.ts';

const chicago = timeZone('America/Chicago');
const settings = { dailyHours: 8, weeklyHours: 40, weekStartsOn: 0 };
/** The administrative week Sunday 2026-01-04 to Saturday 2026-01-10. */
const week = { weekStart: day('2026-01-04'), weekEnd: day('2026-01-10') };

describe('title5Weeks', () => {
  it('pays no overtime for five 8 h days', () => {
    expect(title5Weeks(dailyShifts('2026-01-05', 5, '07:00', 8), chicago, settings)).toEqual([
      { ...week, hoursWorked: 40, dailyOvertimeHours: 0, weeklyOvertimeHours: 0, overtimeHours: 0 },
    ]);
  });

  it('pays the half hour over 8 h in a day', () => {
    const [result] = title5Weeks([aShift('2026-01-05T07:00', '2026-01-05T15:30')], chicago, settings);
    expect(result).toMatchObject({ dailyOvertimeHours: 0.5, weeklyOvertimeHours: 0, overtimeHours: 0.5 });
  });

  it('pays hours over 40 in the week when no day is over 8 h', () => {
    const [result] = title5Weeks(dailyShifts('2026-01-04', 6, '07:00', 8), chicago, settings);
    expect(result).toMatchObject({ hoursWorked: 48, dailyOvertimeHours: 0, weeklyOvertimeHours: 8, overtimeHours: 8 });
  });

  it('counts each hour once: five 10 h days are 10 h of overtime, not 20', () => {
    const [result] = title5Weeks(dailyShifts('2026-01-05', 5, '07:00', 10), chicago, settings);
    expect(result).toMatchObject({ hoursWorked: 50, dailyOvertimeHours: 10, weeklyOvertimeHours: 0, overtimeHours: 10 });
  });

  it('counts weekly overtime only among hours not already daily overtime', () => {
    // 5 × 9 h + 8 h = 53 h: 5 h daily overtime, then 48 of the remaining hours is 8 over 40.
    const [result] = title5Weeks([...dailyShifts('2026-01-04', 5, '07:00', 9), ...dailyShifts('2026-01-09', 1, '07:00', 8)], chicago, settings);
    expect(result).toMatchObject({ hoursWorked: 53, dailyOvertimeHours: 5, weeklyOvertimeHours: 8, overtimeHours: 13 });
  });

  it('splits a 12 h night at local midnight, so neither day is over 8 h', () => {
    const [result] = title5Weeks([aShift('2026-01-05T16:00', '2026-01-06T04:00')], chicago, settings);
    expect(result).toMatchObject({ hoursWorked: 12, dailyOvertimeHours: 0, overtimeHours: 0 });
  });

  it('splits a night that crosses the end of the administrative week', () => {
    const weeks = title5Weeks([aShift('2026-01-10T20:00', '2026-01-11T06:00')], chicago, settings);
    expect(weeks.map((w) => [w.weekStart, w.hoursWorked])).toEqual([
      [day('2026-01-04'), 4],
      [day('2026-01-11'), 6],
    ]);
  });

  it('uses local days, not UTC days', () => {
    // 18:00–03:00 in Chicago is 00:00–09:00 UTC: one UTC day with 9 h, but 6 h and 3 h on two local days.
    const [result] = title5Weeks([aShift('2026-01-05T18:00', '2026-01-06T03:00')], chicago, settings);
    expect(result).toMatchObject({ hoursWorked: 9, dailyOvertimeHours: 0 });
  });

  it('excludes on-call time', () => {
    const [result] = title5Weeks([aShift('2026-01-05T07:00', '2026-01-05T15:00'), aShift('2026-01-05T15:00', '2026-01-06T07:00', { kind: 'on_call' })], chicago, settings);
    expect(result).toMatchObject({ hoursWorked: 8, overtimeHours: 0 });
  });

  it('pays 1 h daily overtime for 00:00–08:00 on the fall-back day (9 h elapsed)', () => {
    const weeks = title5Weeks([aShift('2026-10-31T22:00', '2026-11-01T08:00')], chicago, settings);
    expect(weeks).toEqual([
      { weekStart: day('2026-10-25'), weekEnd: day('2026-10-31'), hoursWorked: 2, dailyOvertimeHours: 0, weeklyOvertimeHours: 0, overtimeHours: 0 },
      { weekStart: day('2026-11-01'), weekEnd: day('2026-11-07'), hoursWorked: 9, dailyOvertimeHours: 1, weeklyOvertimeHours: 0, overtimeHours: 1 },
    ]);
  });

  it('pays nothing for 00:00–09:00 on the spring-forward day (8 h elapsed)', () => {
    const [result] = title5Weeks([aShift('2026-03-08T00:00', '2026-03-08T09:00')], chicago, settings);
    expect(result).toMatchObject({ weekStart: day('2026-03-08'), hoursWorked: 8, dailyOvertimeHours: 0, overtimeHours: 0 });
  });

  it('starts the administrative week on the policy weekday', () => {
    const weeks = title5Weeks(dailyShifts('2026-01-04', 6, '07:00', 8), chicago, { ...settings, weekStartsOn: 1 });
    expect(weeks.map((w) => [w.weekStart, w.weekEnd, w.hoursWorked, w.weeklyOvertimeHours])).toEqual([
      [day('2025-12-29'), day('2026-01-04'), 8, 0],
      [day('2026-01-05'), day('2026-01-11'), 40, 0],
    ]);
  });
});
