import { type DayNumber, dayOfWeek } from '@muster/kernel';
import type { AcademyTrack } from '@muster/domain';

/** When a new officer is in the academy and from when they join a crew. All local days. */
export interface AcademyPlan {
  /** First academy day: the first Monday on or after the hire date. */
  readonly firstDay: DayNumber;
  /** Last academy day, a Friday. */
  readonly lastDay: DayNumber;
  /** First day the officer may work crew shifts: two full days off after the academy. */
  readonly crewFromDay: DayNumber;
}

/**
 * Academy length by track, in weeks of Monday–Friday classes: a full basic academy of 16 weeks,
 * the shortened (three-week, largely virtual) course of a hiring surge, and a 4-week bridge
 * course for lateral hires who already hold law-enforcement certification.
 */
export const ACADEMY_WEEKS: Readonly<Record<AcademyTrack, number>> = { full: 16, abbreviated: 3, lateral: 4 };

/** The academy of an officer hired on `hireDate` through `track`. */
export function academyPlan(track: AcademyTrack, hireDate: DayNumber): AcademyPlan {
  const firstDay = hireDate + ((8 - dayOfWeek(hireDate)) % 7);
  const lastDay = firstDay + ACADEMY_WEEKS[track] * 7 - 3;
  // Saturday and Sunday after the last Friday stay free, so the academy week and the first crew
  // block never join into a run without a day off.
  return { firstDay, lastDay, crewFromDay: lastDay + 3 };
}
