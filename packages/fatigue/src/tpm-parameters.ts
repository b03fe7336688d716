/**
 * Parameters of the Three Process Model of alertness (Åkerstedt & Folkard), with the defaults of
 * Ingre et al. 2014 (PLoS ONE 9(10):e108679) as used by FIPS v0.2.1. Time in hours; S, C, U, W
 * and alertness in TPM units (higher = more alert).
 */
export interface TpmParameters {
  /** Lower asymptote of S while awake. */
  readonly la: number;
  /** Upper asymptote of S during sleep. */
  readonly ha: number;
  /** Rate of S decline while awake, per hour (negative). */
  readonly d: number;
  /** Rate of exponential S recovery in sleep, per hour (negative). */
  readonly g: number;
  /** Break level: below it recovery in sleep is linear, above it exponential. */
  readonly bl: number;
  /** 24-h circadian component: mesor, amplitude, and acrophase (clock hour of the peak). */
  readonly Cm: number;
  readonly Ca: number;
  readonly p: number;
  /** 12-h ultradian component: mesor and amplitude (its peaks are 3 h after `p` and 12 h apart). */
  readonly Um: number;
  readonly Ua: number;
  /** Sleep inertia at waking and its decay rate per hour (negative). */
  readonly Wc: number;
  readonly Wd: number;
  /** S at the first row of a series. */
  readonly S0: number;
  /** KSS = KSS_intercept + KSS_beta · (S + C + U + W). */
  readonly KSS_intercept: number;
  readonly KSS_beta: number;
}

/** FIPS `TPM_make_pvec()` defaults. `g` makes recovery from 7.96 reach 14.0 in 8 h of sleep. */
export const TPM_DEFAULTS: TpmParameters = {
  la: 2.4,
  ha: 14.3,
  d: -0.0353,
  g: Math.log((14.3 - 14) / (14.3 - 7.96)) / 8,
  bl: 12.2,
  Cm: 0,
  Ca: 2.5,
  p: 16.8,
  Um: -0.5,
  Ua: 0.5,
  Wc: -5.72,
  Wd: -1.51,
  S0: 7.96,
  KSS_intercept: 10.6,
  KSS_beta: -0.6,
};
