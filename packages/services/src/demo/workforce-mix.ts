/**
 * Where an officer's experience comes from: a `veteran` joined years ago through the full
 * academy, a `lateral` came from another agency with prior service, a `recruit` was hired in the
 * past year (many through the abbreviated academy of a hiring surge).
 */
export type WorkforceProfile = 'veteran' | 'lateral' | 'recruit';

/** Shares of the workforce by profile; the rest after veterans and laterals are recruits. */
export const WORKFORCE_SHARES = { veteran: 0.6, lateral: 0.125 } as const;

/** Share of recruits who went through the abbreviated academy (the surge hires). */
export const ABBREVIATED_RECRUIT_SHARE = 0.55;

/**
 * The profiles of a workforce of `count` officers in exact proportions (rounded), grouped as
 * veterans, laterals, recruits: callers deal them out to units so every unit gets the same mix.
 */
export function workforceMix(count: number): WorkforceProfile[] {
  const veterans = Math.round(count * WORKFORCE_SHARES.veteran);
  const laterals = Math.round(count * WORKFORCE_SHARES.lateral);
  const recruits = Math.max(0, count - veterans - laterals);
  return [...Array<WorkforceProfile>(veterans).fill('veteran'), ...Array<WorkforceProfile>(laterals).fill('lateral'), ...Array<WorkforceProfile>(recruits).fill('recruit')];
}
