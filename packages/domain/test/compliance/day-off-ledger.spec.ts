import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type DutyRecord, dayOffLedger, guaranteedDaysOffPerWeek } from '@muster/domain';
import { formatDay, timeZone } from '@muster/kernel';
import { aShift, dailyShifts, day } from '@muster/testkit';

const chicago = timeZone('America/Chicago');
const SUNDAY = 0;
const MONDAY = 1;

/** The ledger in Chicago, one guaranteed day off per week, as [first day, days off, short, repaid, debt]. */
function ledger(records: readonly DutyRecord[], from: string, to: string, weekStartsOn = SUNDAY, guaranteed = 1) {
  return dayOffLedger({ records, zone: chicago, from: day(from), to: day(to), weekStartsOn, guaranteedDaysOffPerWeek: guaranteed }).map((w) => [
    formatDay(w.firstDay),
    w.daysOff,
    w.shortDays,
    w.repaidDays,
    w.debtDays,
  ]);
}

describe('dayOffLedger', () => {
  it('covers the whole weeks holding from and to, each starting on the policy week start', () => {
    const weeks = dayOffLedger({ records: [], zone: chicago, from: day('2026-03-11'), to: day('2026-03-18'), weekStartsOn: MONDAY, guaranteedDaysOffPerWeek: 1 });
    expect(weeks.map((w) => [formatDay(w.firstDay), formatDay(w.lastDay), w.daysOff])).toEqual([
      ['2026-03-09', '2026-03-15', 7],
      ['2026-03-16', '2026-03-22', 7],
    ]);
  });

  it('counts five 07:00–15:00 days as two days off, which meets a guarantee of one', () => {
    const weeks = dayOffLedger({
      records: dailyShifts('2026-01-05', 5, '07:00', 8),
      zone: chicago,
      from: day('2026-01-05'),
      to: day('2026-01-05'),
      weekStartsOn: MONDAY,
      guaranteedDaysOffPerWeek: 1,
    });
    expect(weeks.map((w) => w.offDays.map(formatDay))).toEqual([['2026-01-10', '2026-01-11']]);
    expect(weeks[0]).toMatchObject({ daysOff: 2, guaranteedDaysOff: 1, shortDays: 0, repaidDays: 0, debtDays: 0 });
  });

  it('adds a shortfall to the debt and repays it only with days off beyond the guarantee', () => {
    const records = [
      ...dailyShifts('2026-01-05', 7, '07:00', 8), // week 1: no day off → debt 1
      ...dailyShifts('2026-01-12', 7, '07:00', 8), // week 2: none again → debt 2
      ...dailyShifts('2026-01-19', 6, '07:00', 8), // week 3: one, the guarantee → still 2
      ...dailyShifts('2026-01-26', 4, '07:00', 8), // week 4: three, two beyond it → 0
      ...dailyShifts('2026-02-02', 3, '07:00', 8), // week 5: four, nothing owed → 0, not banked
      ...dailyShifts('2026-02-09', 7, '07:00', 8), // week 6: none → 1
    ];
    expect(ledger(records, '2026-01-05', '2026-02-15', MONDAY)).toEqual([
      ['2026-01-05', 0, 1, 0, 1],
      ['2026-01-12', 0, 1, 0, 2],
      ['2026-01-19', 1, 0, 0, 2],
      ['2026-01-26', 3, 0, 2, 0],
      ['2026-02-02', 4, 0, 0, 0],
      ['2026-02-09', 0, 1, 0, 1],
    ]);
  });

  it('follows the guarantee it is given: two a week owes two for an empty-handed week', () => {
    expect(ledger(dailyShifts('2026-01-05', 6, '07:00', 8), '2026-01-05', '2026-01-05', MONDAY, 2)).toEqual([['2026-01-05', 1, 1, 0, 1]]);
  });

  it('loses a day off to a callback that cancels it, and repays the debt in a later week', () => {
    const regular = [...dailyShifts('2026-01-04', 6, '07:00', 8), ...dailyShifts('2026-01-11', 5, '07:00', 8)];
    // Week of Sunday 2026-01-04: Saturday 01-10 is the only day off. Week of 01-11: Friday and Saturday off.
    expect(ledger(regular, '2026-01-04', '2026-01-17')).toEqual([
      ['2026-01-04', 1, 0, 0, 0],
      ['2026-01-11', 2, 0, 0, 0],
    ]);
    const callback = aShift('2026-01-10T10:00', '2026-01-10T14:00', { kind: 'overtime' });
    expect(ledger([...regular, callback], '2026-01-04', '2026-01-17')).toEqual([
      ['2026-01-04', 0, 1, 0, 1],
      ['2026-01-11', 2, 0, 1, 0],
    ]);
  });

  it('keeps a day off on which the officer is only on call', () => {
    const regular = dailyShifts('2026-01-04', 6, '07:00', 8);
    const onCall = aShift('2026-01-10T00:00', '2026-01-11T00:00', { kind: 'on_call' });
    expect(ledger([...regular, onCall], '2026-01-04', '2026-01-10')).toEqual([['2026-01-04', 1, 0, 0, 0]]);
  });

  it('counts the spring-forward Sunday (23 h) as a day off, and as lost to a callback in the missing hour’s night', () => {
    // Saturday evening 16:00–00:00 ends as Sunday 2026-03-08 begins; Monday to Saturday on days.
    const week = [aShift('2026-03-07T16:00', '2026-03-08T00:00'), ...dailyShifts('2026-03-09', 6, '07:00', 8)];
    expect(ledger(week, '2026-03-08', '2026-03-08')).toEqual([['2026-03-08', 1, 0, 0, 0]]);
    const weeks = dayOffLedger({ records: week, zone: chicago, from: day('2026-03-08'), to: day('2026-03-08'), weekStartsOn: SUNDAY, guaranteedDaysOffPerWeek: 1 });
    expect(weeks[0]!.offDays.map(formatDay)).toEqual(['2026-03-08']);
    // 01:00 CST to 04:00 CDT is two hours of duty on the short day: it is no longer a day off.
    const callback = aShift('2026-03-08T01:00', '2026-03-08T04:00', { kind: 'overtime' });
    const next = dailyShifts('2026-03-16', 4, '07:00', 8); // the next week has three days off
    expect(ledger([...week, callback, ...next], '2026-03-08', '2026-03-15')).toEqual([
      ['2026-03-08', 0, 1, 0, 1],
      ['2026-03-15', 3, 0, 1, 0],
    ]);
  });

  it('takes the fall-back Sunday (25 h) from a night that starts on Saturday, in local days', () => {
    // Monday to Friday nights 22:00 + 8 h touch Monday 10-26 to Saturday 10-31; Sunday 11-01 is free.
    const nights = dailyShifts('2026-10-26', 5, '22:00', 8);
    expect(ledger(nights, '2026-10-26', '2026-10-26', MONDAY)).toEqual([['2026-10-26', 1, 0, 0, 0]]);
    // Saturday 22:00 CDT to Sunday 05:00 CST is 8 h across the repeated hour: Sunday holds duty.
    const saturdayNight = aShift('2026-10-31T22:00', '2026-11-01T05:00');
    expect(saturdayNight.end - saturdayNight.start).toBe(8 * 3_600_000);
    const following = dailyShifts('2026-11-02', 5, '22:00', 8); // one day off (Sunday 11-08), then a free week
    expect(ledger([...nights, saturdayNight, ...following], '2026-10-26', '2026-11-09', MONDAY)).toEqual([
      ['2026-10-26', 0, 1, 0, 1],
      ['2026-11-02', 1, 0, 0, 1],
      ['2026-11-09', 7, 0, 1, 0],
    ]);
  });

  it('reads local days in the zone it is given, not UTC days', () => {
    // 16:00–23:30 in Chicago ends at 05:30 UTC the next day: in UTC these six evenings touch seven days.
    const evenings = dailyShifts('2026-01-05', 6, '16:00', 7.5);
    const inZone = (name: string) =>
      dayOffLedger({ records: evenings, zone: timeZone(name), from: day('2026-01-05'), to: day('2026-01-05'), weekStartsOn: MONDAY, guaranteedDaysOffPerWeek: 1 })[0]!.daysOff;
    expect(inZone('America/Chicago')).toBe(1);
    expect(inZone('UTC')).toBe(0);
  });
});

describe('guaranteedDaysOffPerWeek', () => {
  const withRule = (settings: { enabled: boolean; warn: number | null; block: number | null }) => ({ rules: { ...DEFAULT_POLICY.rules, 'days-off.min-per-7-days': settings } });

  it('is one a week under the default block of 7 consecutive duty days', () => {
    expect(guaranteedDaysOffPerWeek(DEFAULT_POLICY)).toBe(1);
  });

  it('follows a stricter block level: at most 2 duty days in a row leave 2 days off in every 7', () => {
    expect(guaranteedDaysOffPerWeek(withRule({ enabled: true, warn: null, block: 3 }))).toBe(2);
    expect(guaranteedDaysOffPerWeek(withRule({ enabled: true, warn: null, block: 4 }))).toBe(1);
  });

  it('guarantees nothing when the rule is off, has no block level, or allows 8 days in a row', () => {
    expect(guaranteedDaysOffPerWeek(withRule({ enabled: false, warn: null, block: 7 }))).toBe(0);
    expect(guaranteedDaysOffPerWeek(withRule({ enabled: true, warn: 6, block: null }))).toBe(0);
    expect(guaranteedDaysOffPerWeek(withRule({ enabled: true, warn: null, block: 9 }))).toBe(0);
  });
});
