import { MS_PER_HOUR, type TimeZone, weekStartOf } from '@muster/kernel';
import { type DutyRecord, isDutyKind } from '../model/duty-record.ts';
import type { Title5Settings } from '../policy/policy.ts';
import { splitByLocalDay } from './local-day-split.ts';

/** Title 5 overtime of one administrative workweek (local days; `weekEnd` inclusive). */
export interface Title5Week {
  readonly weekStart: number;
  readonly weekEnd: number;
  readonly hoursWorked: number;
  /** Hours over the daily limit, summed over the week's days. */
  readonly dailyOvertimeHours: number;
  /** Hours over the weekly limit among the hours not already counted as daily overtime. */
  readonly weeklyOvertimeHours: number;
  readonly overtimeHours: number;
}

/**
 * Federal Title 5 overtime (5 U.S.C. 5542(a)): hours over 8 in a day or over 40 in an
 * administrative workweek, each hour counted once. Days are local calendar days; a duty that
 * crosses midnight is split there.
 */
export function title5Weeks(records: readonly DutyRecord[], zone: TimeZone, settings: Title5Settings): Title5Week[] {
  const byDay = new Map<number, number>();
  for (const record of records) {
    if (!isDutyKind(record.kind)) continue;
    splitByLocalDay(record.start, record.end, zone, (day, ms) => byDay.set(day, (byDay.get(day) ?? 0) + ms));
  }
  const weeks = new Map<number, { ms: number; dailyMs: number }>();
  const dailyLimitMs = settings.dailyHours * MS_PER_HOUR;
  for (const [day, ms] of byDay) {
    const weekStart = weekStartOf(day, settings.weekStartsOn);
    const week = weeks.get(weekStart) ?? { ms: 0, dailyMs: 0 };
    week.ms += ms;
    week.dailyMs += Math.max(0, ms - dailyLimitMs);
    weeks.set(weekStart, week);
  }
  return [...weeks.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([weekStart, { ms, dailyMs }]) => {
      const dailyOvertimeHours = dailyMs / MS_PER_HOUR;
      const weeklyOvertimeHours = Math.max(0, (ms - dailyMs) / MS_PER_HOUR - settings.weeklyHours);
      return {
        weekStart,
        weekEnd: weekStart + 6,
        hoursWorked: ms / MS_PER_HOUR,
        dailyOvertimeHours,
        weeklyOvertimeHours,
        overtimeHours: dailyOvertimeHours + weeklyOvertimeHours,
      };
    });
}
