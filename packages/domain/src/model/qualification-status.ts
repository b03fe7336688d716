import type { DayNumber, Instant, TimeZone } from '@muster/kernel';
import type { OfficerQualification, QualificationType } from './qualification.ts';

/** Where a grant stands on a day: still valid, inside its catalogue warning window, or past its expiry day. */
export type QualificationStatusCode = 'valid' | 'expiring' | 'expired';

/** The status of one qualification grant at an instant, from {@link qualificationStatus}. */
export interface QualificationStatus {
  readonly status: QualificationStatusCode;
  /**
   * Whole local days from today to the grant's expiry day: 0 on the expiry day itself (the grant
   * is still valid until that day ends), negative once it has expired (−3 = expired three days ago).
   */
  readonly daysLeft: number;
  /** The local day (in the zone passed in) the status was computed for. */
  readonly today: DayNumber;
}

/**
 * The one definition of a qualification grant's status, used by the officer view and the
 * readiness matrix alike.
 *
 * A grant is valid through the end of its local expiry day (see {@link OfficerQualification}), so
 * with `daysLeft = expires − today` (local days in `zone`):
 * - `expired` when `daysLeft < 0`;
 * - `expiring` when `0 ≤ daysLeft < warningDays`, i.e. during the last `warningDays` local days of
 *   validity (a 30-day warning starts 29 days before the expiry day and includes it);
 *   `warningDays = 0`, or no catalogue entry, means no warning window;
 * - `valid` otherwise.
 *
 * The issue day does not matter here: a grant issued in the future is judged by its expiry like any
 * other (whether it covers a particular duty is {@link qualificationCoverage}'s question).
 *
 * @param grant the officer's grant (only its expiry day is read)
 * @param catalogueEntry the policy's catalogue entry for the grant's qualification, if any
 * @param at the instant to judge at (usually the clock's now)
 * @param zone the officer's time zone, which decides which local day `at` falls on
 */
export function qualificationStatus(
  grant: Pick<OfficerQualification, 'expires'>,
  catalogueEntry: Pick<QualificationType, 'warningDays'> | undefined,
  at: Instant,
  zone: TimeZone,
): QualificationStatus {
  const today = zone.localDayOf(at);
  const daysLeft = grant.expires - today;
  const warningDays = catalogueEntry?.warningDays ?? 0;
  const status: QualificationStatusCode = daysLeft < 0 ? 'expired' : daysLeft < warningDays ? 'expiring' : 'valid';
  return { status, daysLeft, today };
}
