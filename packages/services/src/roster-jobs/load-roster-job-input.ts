import type { DutyRecord, OfficerQualification } from '@muster/domain';
import { type Instant, MS_PER_DAY, TimeZone, instant, timeZone } from '@muster/kernel';
import { notFound } from '../not-found.ts';
import type { StoredDutyRecord } from '../ports/duty-store.ts';
import type { RosterJob } from '../ports/roster-job-store.ts';
import type { RosterSolveRequest } from '../ports/roster-solver.ts';
import { HISTORY_DAYS } from '../roster/officer-findings.ts';
import type { ServiceContext } from '../service-context.ts';
import { netOfPinnedCover } from './net-of-pinned-cover.ts';
import { rosterDemand } from './roster-demand.ts';

/** A job's search, read from the store when it starts, with what accepting it must compare against. */
export interface LoadedRosterJob {
  readonly request: RosterSolveRequest;
  readonly zone: TimeZone;
  readonly policyVersion: number;
  /** The unit's drafts the search may replace: shifts as it plans them, starting on a rostered day, not yet begun. */
  readonly replaceable: readonly StoredDutyRecord[];
  /** Every record on the rostered days when the search began (see `recordBasis`). */
  readonly basis: readonly string[];
  /** Officer-shifts of demand the pinned records already cover (left out of the search's demand). */
  readonly pinnedCover: number;
}

/**
 * Reads what a job plans against, at the moment it starts. The search may replace the drafts it
 * could itself have made — of a template's kind, on no operation — that start on a rostered day
 * and have not begun. Everything else is pinned (kept as it is, and the days it starts on are not
 * rostered): published records, anything that has begun, drafts outside the range, and drafts of
 * court, training and other duty a roster does not plan. Demand the pinned records already cover
 * is left out. Rules see 35 days of history before the range and after it.
 */
export async function loadRosterJobInput(ctx: ServiceContext, job: RosterJob): Promise<LoadedRosterJob> {
  const unit = await ctx.store.units.get(job.unitId);
  if (unit === undefined) throw notFound('unit', job.unitId);
  const zone = timeZone(unit.timeZone);
  const settings = await ctx.store.rosterSettings.get(job.unitId);
  const now = ctx.clock.now();
  const { templates, demand } = rosterDemand(settings, job.unitId, job.from, job.to, zone, now);
  const officers = await ctx.store.officers.list({ unitIds: [job.unitId] });
  const ids = officers.map((o) => o.id);
  const rangeStart = zone.startOfLocalDay(job.from);
  const rangeEnd = zone.startOfLocalDay(job.to + 1);
  const [records, grants, operations, { version, policy }] = await Promise.all([
    ctx.store.duty.between(ids, instant(rangeStart - HISTORY_DAYS * MS_PER_DAY), instant(rangeEnd + HISTORY_DAYS * MS_PER_DAY)),
    ctx.store.qualifications.forOfficers(ids),
    ctx.store.operations.list(),
    ctx.policy.current(),
  ]);
  const zones = new Map(officers.map((o) => [o.id, TimeZone.find(o.timeZone) ?? zone]));
  const rosteredKinds = new Set(templates.map((t) => t.kind));
  const replaceable = records.filter((r) => {
    const day = zones.get(r.officerId)!.localDayOf(r.start);
    return r.status === 'draft' && r.start >= now && day >= job.from && day <= job.to && rosteredKinds.has(r.kind) && r.operationId === undefined;
  });
  const replaced = new Set(replaceable.map((r) => r.id));
  const pinned = new Map<string, DutyRecord[]>(ids.map((id) => [id, []]));
  for (const r of records) if (!replaced.has(r.id)) pinned.get(r.officerId)!.push(plainRecord(r));
  const qualifications = new Map<string, OfficerQualification[]>(ids.map((id) => [id, []]));
  for (const g of grants) qualifications.get(g.officerId)?.push({ officerId: g.officerId, qualificationId: g.qualificationId, issued: g.issued, expires: g.expires });
  const input = { officers: new Map(officers.map((o) => [o.id, o])), qualifications, pinned, templates, demand, from: job.from, to: job.to, policy };
  const net = netOfPinnedCover(input);
  return {
    request: {
      input: { ...input, demand: net.demand },
      operations: new Map(operations.map((o) => [o.id, o])),
      timeLimitMs: job.options.timeLimitSeconds * 1000,
      ...(job.options.stepLimit === undefined ? {} : { stepLimit: job.options.stepLimit }),
      seed: job.options.seed,
    },
    zone,
    policyVersion: version,
    replaceable,
    basis: recordBasis(records, rangeStart, rangeEnd),
    pinnedCover: net.covered,
  };
}

/**
 * The records overlapping [start, end) as `id@updatedAt`, sorted: if it differs when a job is
 * accepted, someone changed the unit's roster since the search read it.
 */
export function recordBasis(records: readonly StoredDutyRecord[], start: Instant, end: Instant): string[] {
  return records
    .filter((r) => r.end > start && r.start < end)
    .map((r) => `${r.id}@${r.updatedAt}`)
    .sort();
}

function plainRecord(r: StoredDutyRecord): DutyRecord {
  return {
    officerId: r.officerId,
    start: r.start,
    end: r.end,
    kind: r.kind,
    ...(r.operationId === undefined ? {} : { operationId: r.operationId }),
    ...(r.role === undefined ? {} : { role: r.role }),
  };
}
