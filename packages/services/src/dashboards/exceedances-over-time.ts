import type { Finding } from '@muster/domain';
import type { DayNumber, Instant } from '@muster/kernel';
import type { OverrideRecord } from '../ports/override-store.ts';
import { type DashboardWeek, weekIndex } from './dashboard-weeks.ts';
import type { MetricDefinition } from './metric-definition.ts';

export const EXCEEDANCES_METRIC: MetricDefinition = {
  id: 'exceedances-per-week',
  version: 1,
  definition:
    "Warn and block findings per week and rule, from the roster board's check of the stored records that are not cancelled against the policy in force, each counted once in the week of the local day its span starts (the first week if it began earlier), overridden blocks included; with the overrides granted and revoked in each week.",
};

export interface RuleCounts {
  readonly ruleId: string;
  readonly warn: number;
  readonly block: number;
}

export interface ExceedanceWeek {
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly warn: number;
  readonly block: number;
  /** Block findings in the week that an active override lets stand (part of `block`). */
  readonly overridden: number;
  readonly overridesGranted: number;
  readonly overridesRevoked: number;
  /** Counts per rule, rules in id order, only rules with a finding in the week. */
  readonly byRule: RuleCounts[];
}

/**
 * Weekly counts of findings by level and rule, and of overrides by the day they were granted and
 * revoked. `findings` touch the range; `dayOf` gives an instant's local day in the officer's zone;
 * `overridden` says whether a block finding has an active override.
 */
export function exceedancesOverTime(
  findings: readonly Finding[],
  overrides: readonly OverrideRecord[],
  weeks: readonly DashboardWeek[],
  dayOf: (officerId: string, at: Instant) => DayNumber,
  overridden: (finding: Finding) => boolean,
): ExceedanceWeek[] {
  const from = weeks[0]?.start ?? 0;
  const to = weeks[weeks.length - 1]?.end ?? -1;
  const rows = weeks.map(() => ({ warn: 0, block: 0, overridden: 0, granted: 0, revoked: 0, byRule: new Map<string, { warn: number; block: number }>() }));
  const weekOf = (day: DayNumber): number | undefined => (day > to ? undefined : weekIndex(Math.max(day, from), from));
  for (const finding of findings) {
    const w = weekOf(dayOf(finding.officerId, finding.start));
    if (w === undefined) continue;
    const row = rows[w]!;
    const rule = row.byRule.get(finding.ruleId) ?? { warn: 0, block: 0 };
    row.byRule.set(finding.ruleId, rule);
    rule[finding.level]++;
    row[finding.level]++;
    if (finding.level === 'block' && overridden(finding)) row.overridden++;
  }
  for (const override of overrides) {
    const granted = dayOf(override.officerId, override.createdAt);
    if (granted >= from && granted <= to) rows[weekIndex(granted, from)]!.granted++;
    if (override.revokedAt === undefined) continue;
    const revoked = dayOf(override.officerId, override.revokedAt);
    if (revoked >= from && revoked <= to) rows[weekIndex(revoked, from)]!.revoked++;
  }
  return weeks.map((w, i) => {
    const row = rows[i]!;
    return {
      start: w.start,
      end: w.end,
      warn: row.warn,
      block: row.block,
      overridden: row.overridden,
      overridesGranted: row.granted,
      overridesRevoked: row.revoked,
      byRule: [...row.byRule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([ruleId, counts]) => ({ ruleId, ...counts })),
    };
  });
}
