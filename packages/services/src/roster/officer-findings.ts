import { type Finding, type Officer, checkCompliance } from '@muster/domain';
import { type DayNumber, type Instant, MS_PER_DAY, TimeZone, instant } from '@muster/kernel';
import { groupBy } from '../group-by.ts';
import type { StoredDutyRecord } from '../ports/duty-store.ts';
import type { OverrideRecord } from '../ports/override-store.ts';
import type { ServiceContext } from '../service-context.ts';

/**
 * History read before the first day shown: enough for every default rule's lookback (28-day
 * windows, the calendar month for overtime, runs of up to 13 duty days, several days of sleep for
 * the fatigue model). A longer custom window would need more; rules see no further back than this.
 */
export const HISTORY_DAYS = 35;

export interface OfficerFindings {
  readonly records: StoredDutyRecord[];
  readonly findings: Finding[];
  readonly overrides: OverrideRecord[];
  readonly policyVersion: number;
}

/**
 * Checks these officers' stored records against the policy in force and returns the findings that
 * touch local days `from`..`to` (inclusive, in each officer's zone), the records of those days,
 * and the overrides that cover any finding.
 */
export async function officerFindings(ctx: ServiceContext, officers: readonly Officer[], from: DayNumber, to: DayNumber, zone: TimeZone): Promise<OfficerFindings> {
  const { version, policy } = await ctx.policy.current();
  const ids = officers.map((o) => o.id);
  const shownFrom = zone.startOfLocalDay(from);
  const shownTo = zone.startOfLocalDay(to + 1);
  const readFrom = instant(shownFrom - HISTORY_DAYS * MS_PER_DAY);
  // A day or two after the last day shown, so a rest gap or a run that crosses the edge is judged whole.
  const readTo = instant(shownTo + 2 * MS_PER_DAY);
  const [records, grants, overrides] = await Promise.all([
    ctx.store.duty.between(ids, readFrom, readTo),
    ctx.store.qualifications.forOfficers(ids),
    ctx.store.overrides.list({ officerIds: ids, from: shownFrom, to: shownTo }),
  ]);
  // Operations matter only for records on one (their risk tier); most boards have none to read.
  const operations = records.some((r) => r.operationId !== undefined) ? await ctx.store.operations.list() : [];
  const ledger = groupBy(records, (r) => r.officerId);
  const result = checkCompliance({
    policy,
    ledger,
    officers: new Map(officers.map((o) => [o.id, o])),
    qualifications: groupBy(grants, (g) => g.officerId),
    operations: new Map(operations.map((o) => [o.id, o])),
    range: { from, to },
  });
  const now = ctx.clock.now();
  return {
    records: records.filter((r) => r.end > shownFrom && r.start < shownTo),
    findings: [...result.findings],
    overrides: overrides.filter((o) => o.revokedAt === undefined && o.expiresAt > now),
    policyVersion: version,
  };
}

/** The active override that lets a block finding stand: same officer and rule, overlapping span. */
export function overrideFor(finding: Finding, overrides: readonly OverrideRecord[]): OverrideRecord | undefined {
  if (finding.level !== 'block') return undefined;
  return overrides.find((o) => o.officerId === finding.officerId && o.ruleId === finding.ruleId && spansMeet(o.findingStart, o.findingEnd, finding.start, finding.end));
}

function spansMeet(aStart: Instant, aEnd: Instant, bStart: Instant, bEnd: Instant): boolean {
  return aStart === bStart || (aStart < bEnd && bStart < aEnd);
}
