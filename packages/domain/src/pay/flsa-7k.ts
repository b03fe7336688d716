import { MS_PER_HOUR, type TimeZone } from '@muster/kernel';
import { type DutyRecord, isDutyKind } from '../model/duty-record.ts';
import type { Flsa7kSettings } from '../policy/policy.ts';
import { splitByLocalDay } from './local-day-split.ts';

/** Hours of one FLSA 7(k) work period. Days are local; `end` is inclusive. */
export interface Flsa7kPeriod {
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly hoursWorked: number;
  readonly thresholdHours: number;
  readonly overtimeHours: number;
  /** Hours recorded as `overtime` records in the period, for comparison with the FLSA figure. */
  readonly overtimeRecordHours: number;
}

/**
 * The 7(k) overtime threshold for a work period of `days` days: 171 h for 28 days, prorated and
 * rounded to the nearest hour as in the table of 29 CFR 553.230(c) (43, 86, 128 h for 7, 14, 21 days).
 */
export function flsa7kThresholdHours(days: number): number {
  return Math.round((171 * days) / 28);
}

/**
 * Hours worked per 7(k) work period. Every duty kind counts (court, training and travel are
 * hours worked); being on call does not. A record that crosses a period boundary is split there.
 */
export function flsa7kPeriods(records: readonly DutyRecord[], zone: TimeZone, settings: Flsa7kSettings): Flsa7kPeriod[] {
  const worked = new Map<number, { ms: number; overtimeMs: number }>();
  const periodOf = (day: number): number => Math.floor((day - settings.anchor) / settings.periodDays);
  for (const record of records) {
    if (!isDutyKind(record.kind)) continue;
    splitByLocalDay(record.start, record.end, zone, (day, ms) => {
      const key = periodOf(day);
      const entry = worked.get(key) ?? { ms: 0, overtimeMs: 0 };
      entry.ms += ms;
      if (record.kind === 'overtime') entry.overtimeMs += ms;
      worked.set(key, entry);
    });
  }
  const threshold = flsa7kThresholdHours(settings.periodDays);
  return [...worked.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([index, { ms, overtimeMs }]) => {
      const hoursWorked = ms / MS_PER_HOUR;
      const periodStart = settings.anchor + index * settings.periodDays;
      return {
        periodStart,
        periodEnd: periodStart + settings.periodDays - 1,
        hoursWorked,
        thresholdHours: threshold,
        overtimeHours: Math.max(0, hoursWorked - threshold),
        overtimeRecordHours: overtimeMs / MS_PER_HOUR,
      };
    });
}
