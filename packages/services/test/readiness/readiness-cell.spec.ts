import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@muster/domain';
import { readinessCell } from '@muster/services';
import { at, day } from '@muster/testkit';
import { timeZone } from '@muster/kernel';

const chicago = timeZone('America/Chicago');
const firearms = DEFAULT_POLICY.qualifications.find((q) => q.id === 'firearms')!; // 30-day warning
const grant = (issued: string, expires: string) => ({ officerId: 'A', qualificationId: 'firearms', issued: day(issued), expires: day(expires) });
const now = at('2026-03-10T09:00');

describe('readinessCell', () => {
  it('shows the grant with the latest expiry, whatever the order: a renewal hides the lapsed grant', () => {
    const lapsed = grant('2025-03-01', '2025-08-31');
    const renewed = grant('2026-03-01', '2026-08-31');
    for (const grants of [
      [lapsed, renewed],
      [renewed, lapsed],
    ]) {
      expect(readinessCell(grants, firearms, now, chicago, day('2026-04-01'))).toEqual({ status: 'valid', grant: renewed, daysLeft: 174, due: false });
    }
  });

  it('is due before a day when the last valid day is before it, not on it', () => {
    const endsApril20 = [grant('2025-10-21', '2026-04-20')];
    expect(readinessCell(endsApril20, firearms, now, chicago, day('2026-04-20')).due).toBe(false);
    expect(readinessCell(endsApril20, firearms, now, chicago, day('2026-04-21')).due).toBe(true);
    expect(readinessCell(endsApril20, firearms, now, chicago, undefined).due).toBe(false);
  });

  it('is due when already expired, even for a day in the past', () => {
    const expired = [grant('2025-09-01', '2026-02-28')];
    expect(readinessCell(expired, firearms, now, chicago, day('2026-01-01'))).toMatchObject({ status: 'expired', daysLeft: -10, due: true });
  });

  it('is missing, and never due, without a grant', () => {
    expect(readinessCell([], firearms, now, chicago, day('2030-01-01'))).toEqual({ status: 'missing', due: false });
  });
});
