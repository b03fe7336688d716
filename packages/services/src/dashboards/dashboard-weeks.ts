import type { DayNumber } from '@muster/kernel';

/** A week of a dashboard: seven consecutive local days from the range's first day (the last may be shorter). */
export interface DashboardWeek {
  readonly start: DayNumber;
  /** Last day, inclusive. */
  readonly end: DayNumber;
}

/**
 * The weeks of local days `from`..`to`: blocks of seven days starting on `from`, so a 28-day range
 * is four whole weeks whatever weekday it starts on; a range that is not a multiple of seven ends
 * with a shorter week (its `end - start + 1` says how many days).
 */
export function dashboardWeeks(from: DayNumber, to: DayNumber): DashboardWeek[] {
  const weeks: DashboardWeek[] = [];
  for (let start = from; start <= to; start += 7) weeks.push({ start, end: Math.min(start + 6, to) });
  return weeks;
}

/** The index of the week holding local day `day` (which must be in the range). */
export function weekIndex(day: DayNumber, from: DayNumber): number {
  return Math.floor((day - from) / 7);
}
