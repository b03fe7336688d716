import type { Officer, OfficerQualification, QualificationType, Unit } from '@muster/domain';
import { type DayNumber, type Instant, timeZone } from '@muster/kernel';
import { type ServiceStanding, serviceStanding } from '@muster/optimizer';
import { canSeeReadiness, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { visibleOfficers } from '../exports/visible-officers.ts';
import type { ServiceContext } from '../service-context.ts';
import { type ReadinessCell, type ReadinessStatusCode, readinessCell } from './readiness-cell.ts';

export interface ReadinessQuery {
  /** One unit's officers; absent: every officer the actor may see. */
  readonly unitId?: string;
  /** Only officers who must requalify before this local day. */
  readonly before?: DayNumber;
  /** A page of the matching officers (all of them when absent). */
  readonly limit?: number;
  readonly offset?: number;
}

/** One row of the matrix: the officer, their experience today and one cell per catalogue entry. */
export interface ReadinessRow {
  readonly officer: Officer;
  readonly standing: ServiceStanding;
  readonly cells: readonly ReadinessCell[];
}

export type ReadinessCounts = { readonly qualificationId: string } & Record<ReadinessStatusCode, number>;

/** Officers × the qualification catalogue in force, with each cell's status and per-qualification counts. */
export interface ReadinessView {
  readonly at: Instant;
  readonly unitId?: string;
  readonly before?: DayNumber;
  readonly policyVersion: number;
  /** The units the actor may ask for. */
  readonly units: readonly Unit[];
  readonly qualifications: readonly QualificationType[];
  /** The asked page of the matching officers, in id order. */
  readonly rows: readonly ReadinessRow[];
  /** Per qualification, over every matching officer (every page). */
  readonly counts: readonly ReadinessCounts[];
  /** Matching officers on every page. */
  readonly total: number;
}

/**
 * The readiness matrix at the clock's now: for each officer of the unit (or every officer the
 * actor may see) and each qualification of the policy's catalogue, the status of their latest
 * grant; with `before`, only the officers with a cell due before that day. Training, leadership and
 * admin see every unit, a supervisor their own (another unit is `access.forbidden`); officers and
 * analysts none. An unknown unit is `resource.not-found`.
 */
export async function readinessMatrix(ctx: ServiceContext, actor: Actor, query: ReadinessQuery): Promise<ReadinessView> {
  requireAccess(canSeeReadiness(actor, query.unitId), actor, query.unitId === undefined ? 'read the readiness matrix' : `read the readiness matrix of unit ${query.unitId}`);
  const [officers, { version, policy }, allUnits] = await Promise.all([
    visibleOfficers(ctx, actor, query.unitId, 'read the readiness matrix'),
    ctx.policy.current(),
    ctx.store.units.list(),
  ]);
  const grants = await ctx.store.qualifications.forOfficers(officers.map((o) => o.id));
  const at = ctx.clock.now();
  const catalogue = policy.qualifications;
  const column = new Map(catalogue.map((q, i) => [q.id, i]));
  // Per officer, per column, their grants (grants of qualifications no longer in the catalogue are left out).
  const held = new Map<string, OfficerQualification[][]>();
  for (const grant of grants) {
    const c = column.get(grant.qualificationId);
    if (c === undefined) continue;
    let byColumn = held.get(grant.officerId);
    if (byColumn === undefined) held.set(grant.officerId, (byColumn = catalogue.map(() => [])));
    byColumn[c]!.push(grant);
  }
  const rows: ReadinessRow[] = [];
  for (const officer of officers) {
    const zone = timeZone(officer.timeZone);
    const byColumn = held.get(officer.id);
    const cells = catalogue.map((type, c) => readinessCell(byColumn?.[c] ?? [], type, at, zone, query.before));
    if (query.before !== undefined && !cells.some((cell) => cell.due)) continue;
    rows.push({ officer, standing: serviceStanding(officer, zone.localDayOf(at)), cells });
  }
  const counts = catalogue.map((q, c) => {
    const count: ReadinessCounts = { qualificationId: q.id, valid: 0, expiring: 0, expired: 0, missing: 0 };
    const tally = count as Record<ReadinessStatusCode, number>;
    for (const row of rows) tally[row.cells[c]!.status]++;
    return count;
  });
  const offset = query.offset ?? 0;
  const page = query.limit === undefined ? rows.slice(offset) : rows.slice(offset, offset + query.limit);
  const units = allUnits.filter((u) => canSeeReadiness(actor, u.id));
  return {
    at,
    ...(query.unitId === undefined ? {} : { unitId: query.unitId }),
    ...(query.before === undefined ? {} : { before: query.before }),
    policyVersion: version,
    units,
    qualifications: catalogue,
    rows: page,
    counts,
    total: rows.length,
  };
}
