import type { DutyRecord, Officer } from '@muster/domain';
import { type DayNumber, MS_PER_HOUR, type TimeZone } from '@muster/kernel';
import type { MetricDefinition } from './metric-definition.ts';

export const OVERTIME_METRIC: MetricDefinition = {
  id: 'overtime-hours-per-officer',
  version: 1,
  definition:
    "Hours of overtime per officer in scope over the range: every overtime record that is not cancelled counts whole, on the local day it starts in the officer's zone, as the monthly overtime rule counts it; officers without overtime count as 0 h.",
};

/** Width of a histogram bin, hours: a standard shift. */
export const OVERTIME_BIN_HOURS = 8;

/** Officers whose overtime lies in (fromHours, toHours]; the first bin is exactly 0 h (from = to = 0). */
export interface OvertimeBin {
  readonly fromHours: number;
  readonly toHours: number;
  readonly officers: number;
  /** How many of them are in the top decile. */
  readonly topDecileOfficers: number;
}

export interface OvertimeDistribution {
  readonly officers: number;
  readonly totalHours: number;
  readonly meanHours: number;
  readonly medianHours: number;
  readonly maxHours: number;
  /** The tenth of officers (rounded up) with the most overtime, and their share of all of it (null when there is none). */
  readonly topDecile: { readonly officers: number; readonly hours: number; readonly share: number | null; readonly minHours: number };
  readonly bins: OvertimeBin[];
}

/**
 * Overtime hours of each officer on local days `from`..`to` (inclusive, each in the officer's zone
 * as `zoneOf` gives it — the dashboards' one fallback for an unknown zone), in the officers' order.
 * `records` are the officers' records that are not cancelled.
 */
export function overtimeHoursPerOfficer(
  officers: readonly Officer[],
  records: readonly DutyRecord[],
  from: DayNumber,
  to: DayNumber,
  zoneOf: (officer: Officer) => TimeZone,
): number[] {
  const index = new Map(officers.map((o, i) => [o.id, i]));
  const zones = officers.map(zoneOf);
  const ms = officers.map(() => 0);
  for (const record of records) {
    if (record.kind !== 'overtime') continue;
    const i = index.get(record.officerId);
    if (i === undefined) continue;
    const day = zones[i]!.localDayOf(record.start);
    if (day >= from && day <= to) ms[i]! += record.end - record.start;
  }
  return ms.map((m) => m / MS_PER_HOUR);
}

/** The histogram (bins of {@link OVERTIME_BIN_HOURS}), mean, median, maximum and top-decile share of per-officer overtime hours. */
export function overtimeDistribution(hoursPerOfficer: readonly number[], binHours = OVERTIME_BIN_HOURS): OvertimeDistribution {
  const sorted = [...hoursPerOfficer].sort((a, b) => b - a);
  const n = sorted.length;
  const total = sorted.reduce((sum, h) => sum + h, 0);
  const topCount = Math.ceil(n / 10);
  const topHours = sorted.slice(0, topCount).reduce((sum, h) => sum + h, 0);
  const minTop = topCount > 0 ? sorted[topCount - 1]! : 0;
  const max = sorted[0] ?? 0;
  const median = n === 0 ? 0 : n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const binCount = Math.max(1, Math.ceil(max / binHours));
  const bins = [{ fromHours: 0, toHours: 0, officers: 0, topDecileOfficers: 0 }];
  for (let b = 0; b < binCount; b++) bins.push({ fromHours: b * binHours, toHours: (b + 1) * binHours, officers: 0, topDecileOfficers: 0 });
  sorted.forEach((hours, rank) => {
    const bin = bins[hours <= 0 ? 0 : Math.ceil(hours / binHours)]!;
    bin.officers++;
    if (rank < topCount && total > 0) bin.topDecileOfficers++;
  });
  return {
    officers: n,
    totalHours: round2(total),
    meanHours: n === 0 ? 0 : round2(total / n),
    medianHours: round2(median),
    maxHours: round2(max),
    topDecile: { officers: topCount, hours: round2(topHours), share: total > 0 ? round4(topHours / total) : null, minHours: round2(minTop) },
    bins,
  };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;
