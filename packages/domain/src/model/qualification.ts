import type { DayNumber } from '@muster/kernel';

/** An entry of the agency's qualification catalogue (firearms, PIT certification, …). */
export interface QualificationType {
  readonly id: string;
  readonly name: string;
  /** How long a new qualification stays valid, in months. */
  readonly validityMonths: number;
  /** How many days before expiry an officer and the training coordinator are warned. */
  readonly warningDays: number;
}

/**
 * One grant of a qualification to an officer. Valid from the start of the local day `issued`
 * through the end of the local day `expires` (inclusive), in the officer's time zone.
 */
export interface OfficerQualification {
  readonly officerId: string;
  readonly qualificationId: string;
  readonly issued: DayNumber;
  readonly expires: DayNumber;
}
