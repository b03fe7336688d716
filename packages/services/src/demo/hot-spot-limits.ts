import type { ScheduleLimits } from './schedule-limits.ts';

/**
 * The limits a planted hot spot keeps apart from the one rule it is meant to break: it may cross
 * warn levels but no block level other than its own (rest ≥ 10 h is kept at 12 h, at most 6
 * local days in a row with duty, under 72 h in 7 days), so each hot spot shows one clear reason.
 */
export const HOT_SPOT_LIMITS: ScheduleLimits = { minRestHours: 12, maxPeriodHours: 12, maxWorkedDays: 6, maxHours48h: Infinity, maxHours96h: Infinity, maxHours7d: 71 };
