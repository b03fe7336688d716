/**
 * Limits a generated extra duty must keep, in hours and days, so that the demo's ordinary
 * overtime, holdovers and court dates stay inside the default policy and only the planted hot
 * spots break it. Each sits at or just inside a default warn level (docs/rules).
 */
export interface ScheduleLimits {
  /** Shortest rest before and after the duty period, in hours (rest.min-between-duties warns below 12). */
  readonly minRestHours: number;
  /** Longest duty period, holdovers included, in hours (duty.max-length warns above 12). */
  readonly maxPeriodHours: number;
  /** Most local days in a row that hold duty (days-off.min-per-7-days blocks at 7). */
  readonly maxWorkedDays: number;
  /** Most duty hours in any 48 h / 96 h / 168 h window that starts a duty period. */
  readonly maxHours48h: number;
  readonly maxHours96h: number;
  readonly maxHours7d: number;
}

/** The limits of routine extras: below every warn level of the default policy's duty-time rules. */
export const ROUTINE_LIMITS: ScheduleLimits = { minRestHours: 12, maxPeriodHours: 12, maxWorkedDays: 6, maxHours48h: 30, maxHours96h: 40, maxHours7d: 58 };
