import type { Rng } from '@muster/kernel';
import type { WorkforceProfile } from './workforce-mix.ts';

/**
 * A plausible rank for an officer of `profile` with `serviceYears` in this agency and
 * `priorYears` elsewhere: recruits are trainees on probation; promotion to corporal, sergeant
 * and lieutenant becomes likely only after years of service.
 */
export function rankFor(profile: WorkforceProfile, serviceYears: number, priorYears: number, rng: Rng): string {
  const roll = rng.next();
  if (profile === 'recruit') return 'Officer Trainee';
  if (profile === 'lateral') {
    if (serviceYears + priorYears >= 10) return roll < 0.2 ? 'Sergeant' : 'Senior Officer';
    return 'Officer';
  }
  if (serviceYears >= 15) return roll < 0.15 ? 'Lieutenant' : roll < 0.45 ? 'Sergeant' : 'Senior Officer';
  if (serviceYears >= 8) return roll < 0.25 ? 'Sergeant' : roll < 0.45 ? 'Corporal' : 'Senior Officer';
  if (serviceYears >= 4) return roll < 0.2 ? 'Corporal' : 'Senior Officer';
  return 'Officer';
}
