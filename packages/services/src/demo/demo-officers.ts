import type { AcademyTrack, Officer, Unit } from '@muster/domain';
import { type DayNumber, type Rng, type TimeZone, timeZone } from '@muster/kernel';
import { type AcademyPlan, academyPlan } from './academy-plan.ts';
import { officerNames } from './officer-names.ts';
import { rankFor } from './rank-for.ts';
import { shuffleInPlace } from './shuffle-in-place.ts';
import { SHIFT_PATTERN } from './shift-pattern.ts';
import { ABBREVIATED_RECRUIT_SHARE, type WorkforceProfile, workforceMix } from './workforce-mix.ts';

/** An officer of the demo with what the generator decided about them beyond the `Officer` record. */
export interface DemoOfficerPlan {
  readonly officer: Officer;
  readonly profile: WorkforceProfile;
  /** Crew within the unit (0 … 5, see `crewShiftOn`). */
  readonly crew: number;
  readonly zone: TimeZone;
  readonly academy: AcademyPlan;
  /** Sergeants and lieutenants take on-call duty on some days off. */
  readonly supervisor: boolean;
}

const DAYS_PER_YEAR = 365.25;

/**
 * The officers of `units`, `count` in all: dealt out evenly (each unit gets the same workforce
 * mix), numbered `O0001`… unit by unit, and spread over each unit's six crews in a random order.
 */
export function demoOfficers(units: readonly Unit[], count: number, today: DayNumber, rng: Rng): DemoOfficerPlan[] {
  const members: WorkforceProfile[][] = units.map(() => []);
  workforceMix(count).forEach((profile, i) => members[i % units.length]!.push(profile));
  const names = officerNames(count, rng);
  const idWidth = Math.max(4, String(count).length);
  const plans: DemoOfficerPlan[] = [];
  units.forEach((unit, u) => {
    const zone = timeZone(unit.timeZone);
    shuffleInPlace(members[u]!, rng).forEach((profile, memberIndex) => {
      const index = plans.length;
      const { hireDate, track, priorLeYears } = hiring(profile, today, rng);
      const serviceYears = (today - hireDate) / DAYS_PER_YEAR;
      const rank = rankFor(profile, serviceYears, priorLeYears, rng);
      plans.push({
        officer: {
          id: `O${String(index + 1).padStart(idWidth, '0')}`,
          name: names[index]!,
          unit: unit.id,
          rank,
          hireDate,
          priorLeYears,
          academyTrack: track,
          timeZone: unit.timeZone,
        },
        profile,
        crew: memberIndex % SHIFT_PATTERN.crews,
        zone,
        academy: academyPlan(track, hireDate),
        supervisor: rank === 'Sergeant' || rank === 'Lieutenant',
      });
    });
  });
  return plans;
}

// Hire dates by profile. Recruits' academies all end before `today`, so the published roster holds
// only crew shifts: surge (abbreviated) hires 5 weeks to 6 months ago, full-academy recruits
// 4 months to a year ago. Laterals joined 1–9 years ago after 2–15 years elsewhere; veterans 2–30
// years ago, fewer of them the longer ago (retirements).
function hiring(profile: WorkforceProfile, today: DayNumber, rng: Rng): { hireDate: DayNumber; track: AcademyTrack; priorLeYears: number } {
  switch (profile) {
    case 'recruit': {
      const abbreviated = rng.next() < ABBREVIATED_RECRUIT_SHARE;
      const daysAgo = abbreviated ? 35 + rng.int(146) : 130 + rng.int(231);
      return { hireDate: today - daysAgo, track: abbreviated ? 'abbreviated' : 'full', priorLeYears: 0 };
    }
    case 'lateral':
      return { hireDate: today - Math.round((1.1 + rng.next() * 8) * DAYS_PER_YEAR), track: 'lateral', priorLeYears: 2 + rng.int(14) };
    case 'veteran': {
      const yearsAgo = 2 + 28 * rng.next() ** 1.4;
      // A few veterans served in the military police before joining.
      const priorLeYears = rng.next() < 0.1 ? 1 + rng.int(3) : 0;
      return { hireDate: today - Math.round(yearsAgo * DAYS_PER_YEAR), track: 'full', priorLeYears };
    }
  }
}
