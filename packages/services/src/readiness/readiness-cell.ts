import { type OfficerQualification, type QualificationStatusCode, type QualificationType, qualificationStatus } from '@muster/domain';
import type { DayNumber, Instant, TimeZone } from '@muster/kernel';

/** Where an officer stands on one qualification: the status of their grant of it, or `missing`. */
export type ReadinessStatusCode = QualificationStatusCode | 'missing';

/** One officer × qualification of the readiness matrix. */
export interface ReadinessCell {
  readonly status: ReadinessStatusCode;
  /** The grant the cell shows: the officer's one of this qualification with the latest expiry day. */
  readonly grant?: OfficerQualification;
  /** Local days from today to the expiry day (0 on it, negative once expired); absent when missing. */
  readonly daysLeft?: number;
  /** Whether this grant makes the officer requalify before the asked day. */
  readonly due: boolean;
}

/**
 * The readiness of one officer for one qualification at `at`: their grant of it with the latest
 * expiry day (an officer who has already requalified shows the new grant), judged by the domain's
 * `qualificationStatus` against the catalogue entry. With `before` (a local day), the cell is `due`
 * when that grant's last valid day is before it — the officer must requalify before that day — or
 * has already passed.
 */
export function readinessCell(grants: readonly OfficerQualification[], type: QualificationType, at: Instant, zone: TimeZone, before: DayNumber | undefined): ReadinessCell {
  let latest: OfficerQualification | undefined;
  for (const grant of grants) if (latest === undefined || grant.expires > latest.expires) latest = grant;
  if (latest === undefined) return { status: 'missing', due: false };
  const { status, daysLeft } = qualificationStatus(latest, type, at, zone);
  return { status, grant: latest, daysLeft, due: before !== undefined && mustRequalifyBefore(latest, status, before) };
}

/** Whether a grant's holder must requalify before local day `before`: it has expired, or its last valid day is before `before`. */
export function mustRequalifyBefore(grant: Pick<OfficerQualification, 'expires'>, status: QualificationStatusCode, before: DayNumber): boolean {
  return status === 'expired' || grant.expires < before;
}
