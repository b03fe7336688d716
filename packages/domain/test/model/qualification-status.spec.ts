import { describe, expect, it } from 'vitest';
import { qualificationStatus } from '@muster/domain';
import { timeZone } from '@muster/kernel';
import { at, day } from '@muster/testkit';

const chicago = timeZone('America/Chicago');
const firearms = { warningDays: 30 };
const expiresMay31 = { expires: day('2026-05-31') };

describe('qualificationStatus', () => {
  it('is valid with 31 days left, the day before a 30-day warning window opens', () => {
    expect(qualificationStatus(expiresMay31, firearms, at('2026-04-30T12:00'), chicago)).toEqual({ status: 'valid', daysLeft: 31, today: day('2026-04-30') });
  });

  it('is expiring with 29 days left, the first day of a 30-day window', () => {
    expect(qualificationStatus(expiresMay31, firearms, at('2026-05-02T00:00'), chicago)).toMatchObject({ status: 'expiring', daysLeft: 29 });
  });

  it('is expiring but still usable on the expiry day itself, until its last minute', () => {
    expect(qualificationStatus(expiresMay31, firearms, at('2026-05-31T23:59'), chicago)).toMatchObject({ status: 'expiring', daysLeft: 0 });
  });

  it('is expired from the first minute after the expiry day', () => {
    expect(qualificationStatus(expiresMay31, firearms, at('2026-06-01T00:00'), chicago)).toMatchObject({ status: 'expired', daysLeft: -1 });
    expect(qualificationStatus(expiresMay31, firearms, at('2026-06-10T08:00'), chicago)).toMatchObject({ status: 'expired', daysLeft: -10 });
  });

  it('reads the local day in the officer zone, not UTC', () => {
    // 2026-06-01 03:00 UTC is still 2026-05-31 22:00 in Chicago: valid through that local day.
    const lateEvening = at('2026-06-01T03:00Z');
    expect(qualificationStatus(expiresMay31, firearms, lateEvening, chicago)).toMatchObject({ status: 'expiring', daysLeft: 0 });
    expect(qualificationStatus(expiresMay31, firearms, lateEvening, timeZone('UTC'))).toMatchObject({ status: 'expired', daysLeft: -1 });
  });

  it('counts calendar days across the spring-forward day (a 23-hour day is one day)', () => {
    const expiresMar9 = { expires: day('2026-03-09') };
    expect(qualificationStatus(expiresMar9, firearms, at('2026-03-07T23:30'), chicago)).toMatchObject({ daysLeft: 2 });
  });

  it('has no warning window when the catalogue sets 0 days or has no entry', () => {
    expect(qualificationStatus(expiresMay31, { warningDays: 0 }, at('2026-05-31T09:00'), chicago)).toMatchObject({ status: 'valid', daysLeft: 0 });
    expect(qualificationStatus(expiresMay31, undefined, at('2026-05-31T09:00'), chicago)).toMatchObject({ status: 'valid', daysLeft: 0 });
  });

  it('follows a longer catalogue window', () => {
    expect(qualificationStatus(expiresMay31, { warningDays: 60 }, at('2026-04-30T12:00'), chicago)).toMatchObject({ status: 'expiring', daysLeft: 31 });
  });
});
