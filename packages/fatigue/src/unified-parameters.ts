/**
 * Parameters of the Unified Model of Performance (Rajdev et al. 2013, J Theor Biol 331:66–77),
 * defaults of Ramakrishnan et al. 2016 (Sleep 39(1):249–262) as used by FIPS v0.2.1. Time in
 * hours; S, L and the output in PVT lapses (reaction times over 500 ms); higher = worse.
 */
export interface UnifiedParameters {
  /** Upper asymptote of S and L while awake. */
  readonly U0: number;
  /** L (sleep-debt floor) and S at the first row of a series. */
  readonly L0: number;
  readonly S0: number;
  /** Circadian phase offset, hours. */
  readonly phi: number;
  /** Weight of the circadian term in the output. */
  readonly kappa: number;
  /** Time constant of S during sleep, hours. */
  readonly tau_s: number;
  /** Time constant of S during wake, hours. */
  readonly tau_w: number;
  /** Time constant of L, hours (4.06 days). */
  readonly tau_la: number;
  /** Noise term used when fitting; unused in prediction. */
  readonly sigma: number;
  /** Sleep inertia at waking and its decay rate per hour (computed, not in the output). */
  readonly wc: number;
  readonly wd: number;
  /** Amplitudes of the five harmonics of the circadian term. */
  readonly harmonics: readonly number[];
}

/** FIPS `unified_make_pvec()` defaults (its fifth harmonic is 0.0001, not the literature's 0.001). */
export const UNIFIED_DEFAULTS: UnifiedParameters = {
  U0: 24.12,
  L0: 0,
  S0: 0,
  phi: 2.02,
  kappa: 4.13,
  tau_s: 1,
  tau_w: 40,
  tau_la: 97.44,
  sigma: 1,
  wc: 1.14,
  wd: -0.46,
  harmonics: [0.97, 0.22, 0.07, 0.03, 0.0001],
};
