/** One point of a factor table: at `hours` (elapsed) the factor is `factor` (relative risk, unitless). */
export interface FactorPoint {
  readonly hours: number;
  readonly factor: number;
}

/** A relative risk per shift type (unitless; morning = the reference). */
export interface PerShiftType<T> {
  readonly morning: T;
  readonly afternoon: T;
  readonly night: T;
}

/**
 * Every table and threshold of the schedule-risk index. Factors are relative risks of an incident,
 * unitless, with a single 8-h morning (day) shift taken between 2-hourly breaks after a full rest as
 * 1.0. Sources and the numbers that could not be verified are listed in docs/fatigue/risk-index.md.
 */
export interface RiskIndexParams {
  /** Local clock hour (0–24, fractions allowed) at which a night window opens; default 23 (23:00). */
  readonly nightWindowStartHour: number;
  /** Local clock hour at which the night window closes, on the next day when not later than the start; default 6 (06:00). */
  readonly nightWindowEndHour: number;
  /** Elapsed hours inside night windows that make a duty a night duty; default 3 (as muster's `nights.max-consecutive`). */
  readonly minNightHours: number;
  /** Local clock hour from which a non-night duty that starts counts as a morning (day) duty; default 4 (04:00). */
  readonly morningFromHour: number;
  /** Local clock hour from which a non-night duty that starts counts as an afternoon/evening duty; default 12 (12:00). */
  readonly afternoonFromHour: number;
  /** Relative risk by shift type (time of day); morning = 1.0. */
  readonly timeOfDayFactors: PerShiftType<number>;
  /**
   * Relative risk of the n-th shift of a run of the same type on consecutive local days: element 0 is
   * the 1st (always 1.0), element 1 the 2nd … Past the table the last step is repeated (linear trend).
   */
  readonly successiveFactors: PerShiftType<readonly number[]>;
  /**
   * Relative risk by duty length in elapsed hours, sorted by `hours`. Between points the factor grows
   * exponentially (log-linear interpolation); below the first point it is the first factor; past the
   * last point the last segment's hourly growth rate continues.
   */
  readonly shiftLengthFactors: readonly FactorPoint[];
  /** A duty that starts less than this many elapsed hours after the previous one ended is a quick return; default 11. */
  readonly quickReturnBelowHours: number;
  /** Relative risk of a duty after a quick return; default 1.39. */
  readonly quickReturnFactor: number;
  /**
   * Policy assumption, because duty records carry no breaks: elapsed hours of continuous work between
   * breaks; default 2 (factor 1.0). Longer intervals raise the factor along the within-spell trend.
   */
  readonly assumedBreakIntervalHours: number;
  /** Length of the work spell the within-spell trend was measured on, elapsed hours; default 2. */
  readonly breakTrendSpellHours: number;
  /** Width of the first and last period of that spell that the trend compares, elapsed hours; default 0.5. */
  readonly breakTrendPeriodHours: number;
  /** Risk in the last period of the spell relative to the first (unitless); default 2 (about double). */
  readonly breakTrendLastToFirstRatio: number;
}

/**
 * Defaults after Folkard & Tucker (2003), Folkard & Lombardi (2006), Tucker et al. (2003, Lancet) and
 * Nielsen et al. (2019). Numbers marked "unverified" in docs/fatigue/risk-index.md could not be
 * checked against a public copy of the primary text.
 */
export const RISK_INDEX_DEFAULTS: RiskIndexParams = {
  nightWindowStartHour: 23,
  nightWindowEndHour: 6,
  minNightHours: 3,
  morningFromHour: 4,
  afternoonFromHour: 12,
  // Unverified in the primary text (Folkard & Tucker 2003: about +18 % and +30 %); kept as the
  // conservative choice over the verified pooled +15 % / +28 % that NIOSH quotes.
  timeOfDayFactors: { morning: 1, afternoon: 1.18, night: 1.3 },
  // Unverified in the primary text (Folkard & Tucker 2003, as quoted by muster's brief and secondary
  // sources). No separate afternoon trend was found: afternoons use the day-shift trend.
  successiveFactors: {
    morning: [1, 1.02, 1.07, 1.17],
    afternoon: [1, 1.02, 1.07, 1.17],
    night: [1, 1.06, 1.17, 1.36],
  },
  // Verified: +13 % for 10 h and +27 % for 12 h against 8 h, rising exponentially past 8 h.
  shiftLengthFactors: [
    { hours: 8, factor: 1 },
    { hours: 10, factor: 1.13 },
    { hours: 12, factor: 1.27 },
  ],
  // Verified: Nielsen et al. 2019, injuries after ≤ 11 h between shifts, IRR 1.39 (95 % CI 1.23–1.58).
  quickReturnBelowHours: 11,
  quickReturnFactor: 1.39,
  // Verified: Tucker et al. 2003, risk in the last 30 min of a 2-h spell about double the first 30 min.
  assumedBreakIntervalHours: 2,
  breakTrendSpellHours: 2,
  breakTrendPeriodHours: 0.5,
  breakTrendLastToFirstRatio: 2,
};
