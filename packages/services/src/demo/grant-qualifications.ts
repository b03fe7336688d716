import type { OfficerQualification, QualificationType } from '@muster/domain';
import type { DayNumber, Rng } from '@muster/kernel';
import { addMonths } from './add-months.ts';
import type { DemoOfficerPlan } from './demo-officers.ts';
import { expiryDay } from './expiry-day.ts';
import { QUALIFICATION_PREREQUISITES, QUALIFICATION_PROFILE } from './qualification-profile.ts';

/** Weeks of field training after the academy before the sign-off, by academy track. */
const FIELD_TRAINING_WEEKS = { full: 14, abbreviated: 14, lateral: 6 } as const;
/** Share of veterans and laterals who let one recurring qualification lapse in the last weeks. */
const LAPSED_SHARE = 0.06;
/** How long ago a lapsed qualification expired, at most, in days. */
const LAPSED_DAYS = 45;
/** Recruits qualify on the range and in first aid in the academy's last two weeks. */
const ACADEMY_QUALIFYING_DAYS = 14;

/**
 * Each officer's current grant of each qualification they hold, from `catalogue`. A recurring
 * qualification was last renewed at a uniformly random point of its validity, so about one
 * officer in six faces a firearms requalification within a month, as in an agency that spreads
 * them over the year; a few veterans and laterals let one lapse. `spanishShare` gives the share
 * certified in Spanish per unit id.
 */
export function grantQualifications(
  plans: readonly DemoOfficerPlan[],
  catalogue: readonly QualificationType[],
  spanishShare: (unitId: string) => number,
  today: DayNumber,
  rng: Rng,
): OfficerQualification[] {
  const grants: OfficerQualification[] = [];
  for (const plan of plans) {
    const { officer, profile, academy } = plan;
    const chances = QUALIFICATION_PROFILE[profile];
    const held = new Set<string>();
    const own: OfficerQualification[] = [];
    for (const type of catalogue) {
      const chance = type.id === 'language-spanish' ? spanishShare(officer.unit) : (chances[type.id] ?? 0);
      const prerequisite = QUALIFICATION_PREREQUISITES[type.id];
      if (rng.next() >= chance || (prerequisite !== undefined && !held.has(prerequisite))) continue;
      held.add(type.id);
      let issued: DayNumber;
      if (type.id === 'fto-signoff') {
        issued = academy.lastDay + FIELD_TRAINING_WEEKS[officer.academyTrack] * 7;
      } else {
        // Days of validity left, uniform over the validity period; the issue day follows from it.
        const validDays = expiryDay(today, type.validityMonths) - today;
        const earliest = profile === 'recruit' ? academy.lastDay - ACADEMY_QUALIFYING_DAYS : academy.lastDay;
        issued = Math.min(today, Math.max(earliest, addMonths(today + rng.int(validDays) + 1, -type.validityMonths)));
      }
      own.push({ officerId: officer.id, qualificationId: type.id, issued, expires: expiryDay(issued, type.validityMonths) });
    }
    if (profile !== 'recruit' && rng.next() < LAPSED_SHARE) lapseOne(own, catalogue, academy.lastDay, today, rng);
    grants.push(...own);
  }
  return grants;
}

// Replaces one recurring grant with one that expired 1–45 days before `today`, renewed no earlier
// than `earliest` (the officer's academy graduation).
function lapseOne(own: OfficerQualification[], catalogue: readonly QualificationType[], earliest: DayNumber, today: DayNumber, rng: Rng): void {
  // Renewed `months` before a day up to 44 days ago, so the last valid day is 1–45 days ago.
  const renewedFrom = today - rng.int(LAPSED_DAYS);
  const candidates = own.flatMap((grant, index) => {
    const months = catalogue.find((q) => q.id === grant.qualificationId)!.validityMonths;
    const issued = addMonths(renewedFrom, -months);
    return months <= 24 && issued >= earliest ? [{ index, issued, months }] : [];
  });
  if (candidates.length === 0) return;
  const { index, issued, months } = candidates[rng.int(candidates.length)]!;
  own[index] = { ...own[index]!, issued, expires: expiryDay(issued, months) };
}
