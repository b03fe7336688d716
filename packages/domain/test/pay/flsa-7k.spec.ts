import { describe, expect, it } from 'vitest';
import { timeZone } from '@muster/kernel';
import type { DutyRecord } from '@muster/domain';
import { aShift, dailyShifts, day } from '@muster/testkit';
import { flsa7kPeriods, flsa7kThresholdHours } from '../../src/pay/flsa-7k.ts';

const chicago = timeZone('America/Chicago');
/** 2026-01-04 is a Sunday. */
const anchor = day('2026-01-04');

/** `hours` of duty in 10 h days from `firstDay`, the remainder on the day after. */
function hoursOfDuty(firstDay: string, hours: number): DutyRecord[] {
  const full = Math.floor(hours / 10);
  const records = dailyShifts(firstDay, full, '07:00', 10);
  const rest = hours - full * 10;
  return rest > 0 ? [...records, ...dailyShifts(addDays(firstDay, full), 1, '07:00', rest)] : records;
}

function addDays(text: string, days: number): string {
  return new Date((day(text) + days) * 86_400_000).toISOString().slice(0, 10);
}

describe('flsa7kThresholdHours', () => {
  it.each([
    [7, 43],
    [14, 86],
    [21, 128],
    [28, 171],
  ])('gives %i-day work periods a threshold of %i h (29 CFR 553.230)', (days, hours) => {
    expect(flsa7kThresholdHours(days)).toBe(hours);
  });
});

describe('flsa7kPeriods', () => {
  it.each([
    [7, 43],
    [14, 86],
    [21, 128],
    [28, 171],
  ])('in a %i-day period, pays no overtime for %i h and 1 h for one hour more', (periodDays, threshold) => {
    const settings = { periodDays, anchor };
    const [atThreshold] = flsa7kPeriods(hoursOfDuty('2026-01-04', threshold), chicago, settings);
    expect(atThreshold).toMatchObject({ periodStart: anchor, periodEnd: anchor + periodDays - 1, hoursWorked: threshold, thresholdHours: threshold, overtimeHours: 0 });
    const [over] = flsa7kPeriods(hoursOfDuty('2026-01-04', threshold + 1), chicago, settings);
    expect(over).toMatchObject({ hoursWorked: threshold + 1, overtimeHours: 1 });
  });

  it('splits a night duty that crosses a work-period boundary at local midnight', () => {
    const periods = flsa7kPeriods([aShift('2026-01-31T22:00', '2026-02-01T06:00')], chicago, { periodDays: 28, anchor });
    expect(periods).toEqual([
      { periodStart: anchor, periodEnd: day('2026-01-31'), hoursWorked: 2, thresholdHours: 171, overtimeHours: 0, overtimeRecordHours: 0 },
      { periodStart: day('2026-02-01'), periodEnd: day('2026-02-28'), hoursWorked: 6, thresholdHours: 171, overtimeHours: 0, overtimeRecordHours: 0 },
    ]);
  });

  it('excludes on-call time and counts court, training and travel as hours worked', () => {
    const periods = flsa7kPeriods(
      [
        aShift('2026-01-05T07:00', '2026-01-05T15:00'),
        aShift('2026-01-05T15:00', '2026-01-06T07:00', { kind: 'on_call' }),
        aShift('2026-01-06T09:00', '2026-01-06T12:00', { kind: 'court' }),
        aShift('2026-01-07T09:00', '2026-01-07T17:00', { kind: 'training' }),
        aShift('2026-01-08T05:00', '2026-01-08T07:00', { kind: 'travel' }),
      ],
      chicago,
      { periodDays: 7, anchor },
    );
    expect(periods.map((p) => p.hoursWorked)).toEqual([21]);
  });

  it('reports hours of overtime records beside the FLSA overtime', () => {
    const periods = flsa7kPeriods([...hoursOfDuty('2026-01-04', 40), ...dailyShifts('2026-01-08', 2, '17:00', 4, { kind: 'overtime' })], chicago, { periodDays: 7, anchor });
    expect(periods).toEqual([{ periodStart: anchor, periodEnd: day('2026-01-10'), hoursWorked: 48, thresholdHours: 43, overtimeHours: 5, overtimeRecordHours: 8 }]);
  });

  it('repeats work periods backwards from the anchor', () => {
    const periods = flsa7kPeriods([aShift('2026-01-02T07:00', '2026-01-02T15:00')], chicago, { periodDays: 14, anchor });
    expect(periods.map((p) => [p.periodStart, p.periodEnd, p.hoursWorked])).toEqual([[anchor - 14, anchor - 1, 8]]);
  });

  it('splits the fall-back night at a period boundary on 1 November: 2 h before, 8 h after (7 h on the clock)', () => {
    const periods = flsa7kPeriods([aShift('2026-10-31T22:00', '2026-11-01T07:00')], chicago, { periodDays: 7, anchor: day('2026-11-01') });
    expect(periods.map((p) => [p.periodStart, p.hoursWorked])).toEqual([
      [day('2026-10-25'), 2],
      [day('2026-11-01'), 8],
    ]);
  });

  it('splits the spring-forward night at a period boundary on 8 March: 2 h before, 6 h after (7 h on the clock)', () => {
    const periods = flsa7kPeriods([aShift('2026-03-07T22:00', '2026-03-08T07:00')], chicago, { periodDays: 7, anchor: day('2026-03-08') });
    expect(periods.map((p) => [p.periodStart, p.hoursWorked])).toEqual([
      [day('2026-03-01'), 2],
      [day('2026-03-08'), 6],
    ]);
  });

  it('counts a night across the fall-back change inside a 28-day period as the 13 h it lasts', () => {
    const periods = flsa7kPeriods([...hoursOfDuty('2026-10-12', 160), aShift('2026-10-31T19:00', '2026-11-01T07:00')], chicago, { periodDays: 28, anchor: day('2026-10-11') });
    expect(periods.map((p) => [p.hoursWorked, p.overtimeHours])).toEqual([[173, 2]]);
  });
});

describe('the 29 CFR 553.230(c) table of maximum hours for law enforcement', () => {
  // Every row of the regulation's table, 7 to 28 days.
  const table: Record<number, number> = {
    7: 43,
    8: 49,
    9: 55,
    10: 61,
    11: 67,
    12: 73,
    13: 79,
    14: 86,
    15: 92,
    16: 98,
    17: 104,
    18: 110,
    19: 116,
    20: 122,
    21: 128,
    22: 134,
    23: 140,
    24: 147,
    25: 153,
    26: 159,
    27: 165,
    28: 171,
  };
  it.each(Object.entries(table).map(([days, hours]) => [Number(days), hours]))('a %i-day work period allows %i hours', (days, hours) => {
    expect(flsa7kThresholdHours(days)).toBe(hours);
  });
});
