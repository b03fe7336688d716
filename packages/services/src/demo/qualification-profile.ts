import type { WorkforceProfile } from './workforce-mix.ts';

/**
 * Chance that an officer of each profile holds each qualification of the default catalogue.
 * Veterans hold most; recruits leave the academy with firearms and first aid, some with
 * defensive tactics or pursuit driving, and none with PIT, high-risk warrant service or the
 * field-training sign-off (they are still in field training). Spanish is set per field office.
 * PIT is only granted with vehicle pursuit, and high-risk warrant service only with firearms.
 */
export const QUALIFICATION_PROFILE: Readonly<Record<WorkforceProfile, Readonly<Record<string, number>>>> = {
  veteran: {
    firearms: 0.98,
    'defensive-tactics': 0.95,
    'vehicle-pursuit': 0.85,
    pit: 0.5,
    'high-risk-warrant': 0.5,
    'first-aid': 0.92,
    'less-lethal': 0.7,
    'fto-signoff': 1,
  },
  lateral: {
    firearms: 1,
    'defensive-tactics': 0.95,
    'vehicle-pursuit': 0.75,
    pit: 0.3,
    'high-risk-warrant': 0.35,
    'first-aid': 0.9,
    'less-lethal': 0.5,
    'fto-signoff': 1,
  },
  recruit: {
    firearms: 1,
    'defensive-tactics': 0.6,
    'vehicle-pursuit': 0.3,
    pit: 0,
    'high-risk-warrant': 0,
    'first-aid': 1,
    'less-lethal': 0.2,
    'fto-signoff': 0,
  },
};

/** Qualifications granted only on top of another one. */
export const QUALIFICATION_PREREQUISITES: Readonly<Record<string, string>> = { pit: 'vehicle-pursuit', 'high-risk-warrant': 'firearms' };
