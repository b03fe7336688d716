import type { DayNumber } from '@muster/kernel';
import type { Officer } from '@muster/domain';
import { TEAM_RULES_DEFAULTS, type TeamRules } from './staffing-types.ts';

/** An officer's experience on a day, as the team rules of staffing read it. */
export interface ServiceStanding {
  /** Years in this agency on the day (from the local hire day, 365.25 days a year). */
  readonly serviceYears: number;
  /** Under `recruitYears` in the agency, or from an abbreviated academy: never a lead, needs veterans beside them. */
  readonly recruit: boolean;
  /** At least `veteranYears` of law-enforcement service, here and before. */
  readonly veteran: boolean;
}

/**
 * Whether an officer counts as a recruit or a veteran on local day `day` — the one definition the
 * staffing gates and the readiness matrix share.
 */
export function serviceStanding(officer: Officer, day: DayNumber, rules: TeamRules = TEAM_RULES_DEFAULTS): ServiceStanding {
  const serviceYears = (day - officer.hireDate) / 365.25;
  return {
    serviceYears,
    recruit: serviceYears < rules.recruitYears || officer.academyTrack === 'abbreviated',
    veteran: serviceYears + officer.priorLeYears >= rules.veteranYears,
  };
}
