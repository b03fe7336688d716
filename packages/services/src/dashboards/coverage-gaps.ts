import type { DutyRecord, Officer, OfficerQualification, Policy, ShiftTemplate } from '@muster/domain';
import { type DayNumber, MS_PER_HOUR, type TimeZone, instant } from '@muster/kernel';
import { localInstant } from '../demo/local-instant.ts';
import type { WeeklyDemand } from '../ports/roster-settings-store.ts';
import { expandWeeklyDemand } from '../roster-jobs/expand-weekly-demand.ts';
import { netOfPinnedCover } from '../roster-jobs/net-of-pinned-cover.ts';
import type { MetricDefinition } from './metric-definition.ts';

export const COVERAGE_GAP_METRIC: MetricDefinition = {
  id: 'coverage-gap-per-day',
  version: 1,
  definition:
    "Officer-shifts required by the units' weekly demand on each local day, how many of them draft or published records cover (a record starting and ending at the shift's times, counted as a roster job counts pinned cover), and the gap between them, also in hours of the shifts left uncovered.",
};

/** One day of a coverage chart: officer-shifts required, covered and uncovered, and the uncovered shifts' hours. */
export interface CoverageDay {
  readonly day: DayNumber;
  readonly required: number;
  readonly covered: number;
  readonly gap: number;
  readonly requiredHours: number;
  readonly gapHours: number;
}

/** What a unit's coverage is judged on. */
export interface UnitCoverageInput {
  readonly zone: TimeZone;
  readonly settings: { readonly templates: readonly ShiftTemplate[]; readonly weeklyDemand: readonly WeeklyDemand[] };
  readonly officers: ReadonlyMap<string, Officer>;
  readonly qualifications: ReadonlyMap<string, readonly OfficerQualification[]>;
  /** The unit's officers' records that are not cancelled, by officer, sorted by start. */
  readonly records: ReadonlyMap<string, readonly DutyRecord[]>;
  readonly policy: Policy;
}

/**
 * A unit's coverage on its local days `from`..`to`: the weekly demand of each day (past days
 * included), less what the records cover by the roster jobs' own rule ({@link netOfPinnedCover}).
 * Hours are the shifts' elapsed hours on that day (a shift over a clock change is an hour longer or shorter).
 */
export function unitCoverage(input: UnitCoverageInput, from: DayNumber, to: DayNumber): CoverageDay[] {
  const demand = expandWeeklyDemand(input.settings, from, to, input.zone, instant(-Number.MAX_VALUE));
  const net = netOfPinnedCover({
    officers: input.officers,
    qualifications: input.qualifications,
    pinned: input.records,
    templates: input.settings.templates,
    demand,
    from,
    to,
    policy: input.policy,
  });
  const templates = new Map(input.settings.templates.map((t) => [t.id, t]));
  const hoursOf = (template: string, day: DayNumber): number => {
    const t = templates.get(template)!;
    const endDay = t.endMinutes <= t.startMinutes ? day + 1 : day;
    return (localInstant(input.zone, endDay, t.endMinutes) - localInstant(input.zone, day, t.startMinutes)) / MS_PER_HOUR;
  };
  const days = Array.from({ length: to - from + 1 }, (_, i) => ({ day: from + i, required: 0, covered: 0, gap: 0, requiredHours: 0, gapHours: 0 }));
  for (const d of demand) {
    const row = days[d.day - from]!;
    row.required += d.count;
    row.requiredHours += d.count * hoursOf(d.template, d.day);
  }
  for (const d of net.demand) {
    const row = days[d.day - from]!;
    row.gap += d.count;
    row.gapHours += d.count * hoursOf(d.template, d.day);
  }
  for (const row of days) row.covered = row.required - row.gap;
  return days;
}

/** Sums units' days (each unit's own local day) into one series. */
export function sumCoverage(units: readonly CoverageDay[][], from: DayNumber, to: DayNumber): CoverageDay[] {
  return Array.from({ length: to - from + 1 }, (_, i) => {
    const sum = { day: from + i, required: 0, covered: 0, gap: 0, requiredHours: 0, gapHours: 0 };
    for (const days of units) {
      const d = days[i]!;
      sum.required += d.required;
      sum.covered += d.covered;
      sum.gap += d.gap;
      sum.requiredHours += d.requiredHours;
      sum.gapHours += d.gapHours;
    }
    return { ...sum, requiredHours: round2(sum.requiredHours), gapHours: round2(sum.gapHours) };
  });
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
