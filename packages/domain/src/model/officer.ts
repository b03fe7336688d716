import type { DayNumber } from '@muster/kernel';

/** How an officer entered the service; `abbreviated` is a shortened (e.g. three-week virtual) academy. */
export const ACADEMY_TRACKS = ['full', 'abbreviated', 'lateral'] as const;
export type AcademyTrack = (typeof ACADEMY_TRACKS)[number];

/** A member of the agency's own workforce. */
export interface Officer {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly rank: string;
  /** Local calendar day of hire (days since 1970-01-01). */
  readonly hireDate: DayNumber;
  /** Years of law-enforcement service before joining this agency. */
  readonly priorLeYears: number;
  readonly academyTrack: AcademyTrack;
  /** IANA zone of the officer's wall-clock times, e.g. `America/Chicago`. */
  readonly timeZone: string;
}
