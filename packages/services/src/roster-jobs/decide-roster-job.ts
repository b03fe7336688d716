import { AppError, formatDay, instant, invariant, timeZone } from '@muster/kernel';
import { canScheduleUnit, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import { notFound } from '../not-found.ts';
import type { RosterJob, RosterJobStatus } from '../ports/roster-job-store.ts';
import type { Store } from '../ports/store.ts';
import { dutyRecordDto } from '../roster/dto.ts';
import type { ServiceContext } from '../service-context.ts';
import { alreadyDecided } from './cancel-roster-job.ts';
import { recordBasis } from './load-roster-job-input.ts';
import { type RosterJobDto, rosterJobDto } from './roster-job-dto.ts';
import type { RosterJobResult } from './roster-job-result.ts';
import { visibleRosterJob } from './read-roster-jobs.ts';

type Decision = 'accepted' | 'discarded';

/** From which statuses a decision may be taken: a roster to accept is finished, or cancelled after the search had one. */
const DECIDABLE: Readonly<Record<Decision, readonly RosterJobStatus[]>> = { accepted: ['done', 'cancelled'], discarded: ['done', 'cancelled', 'failed'] };

/** The job, if the actor may decide on it and it can be decided now. */
async function decidableJob(ctx: ServiceContext, actor: Actor, id: string, decision: Decision): Promise<RosterJob> {
  const job = await visibleRosterJob(ctx, actor, id);
  requireAccess(canScheduleUnit(actor, job.unitId), actor, `decide on roster jobs of unit ${job.unitId}`);
  refuseUndecidable(job, decision);
  return job;
}

/** Throws why a job in its current status cannot take the decision (to accept, it needs a roster). */
function refuseUndecidable(job: RosterJob, decision: Decision): void {
  if (job.status === 'queued' || job.status === 'running') {
    throw new AppError('roster-job.not-finished', `Roster job ${job.id} is still ${job.status}. Maybe wait for it, or cancel it to keep its best roster so far.`, {
      id: job.id,
      status: job.status,
    });
  }
  if (job.status === 'accepted' || job.status === 'discarded') throw alreadyDecided(job);
  if (!DECIDABLE[decision].includes(job.status) || (decision === 'accepted' && job.result === undefined)) {
    throw new AppError('roster-job.no-result', `Roster job ${job.id} ended (${job.status}) without a roster to accept. Maybe start it again.`, { id: job.id, status: job.status });
  }
}

/**
 * Writes a job's roster as drafts (supervisor of the unit, admin): the added records are created
 * and the drafts it replaces are cancelled (they stay, for the audit trail), in one transaction
 * with their audit entries. Refused as `roster-job.stale` when the unit's records on the rostered
 * days changed since the search read them.
 */
export async function acceptRosterJob(ctx: ServiceContext, actor: Actor, id: string): Promise<RosterJobDto> {
  const job = await decidableJob(ctx, actor, id, 'accepted');
  const result = job.result as RosterJobResult;
  const at = ctx.clock.now();
  const accepted = await ctx.store.transaction(async (tx) => {
    const decided = await decide(tx, job, 'accepted');
    await refuseStale(tx, job, result.basis);
    for (const removed of result.removed) {
      const after = await tx.duty.update(removed.id, { status: 'cancelled' }, at);
      invariant(after, 'a record of the basis exists', { id: removed.id });
      await tx.audit.append([auditEntry(actor, at, 'duty-record.cancel', 'duty-record', removed.id, removed, dutyRecordDto(after))]);
    }
    const created = await tx.duty.insertMany(
      result.added.map((r) => ({ ...r, start: instant(Date.parse(r.start)), end: instant(Date.parse(r.end)), status: 'draft' as const })),
      at,
    );
    await tx.audit.append([
      ...created.map((r) => auditEntry(actor, at, 'duty-record.create', 'duty-record', r.id, undefined, dutyRecordDto(r))),
      auditEntry(actor, at, 'roster-job.accept', 'roster-job', id, { status: job.status }, { status: 'accepted', added: created.length, cancelled: result.removed.length }),
    ]);
    return decided;
  });
  ctx.boards.invalidateUnits([job.unitId]);
  return rosterJobDto(accepted);
}

/** Sets a job aside without writing its roster (supervisor of the unit, admin). */
export async function discardRosterJob(ctx: ServiceContext, actor: Actor, id: string): Promise<RosterJobDto> {
  const job = await decidableJob(ctx, actor, id, 'discarded');
  const at = ctx.clock.now();
  const discarded = await ctx.store.transaction(async (tx) => {
    const decided = await decide(tx, job, 'discarded');
    await tx.audit.append([auditEntry(actor, at, 'roster-job.discard', 'roster-job', id, { status: job.status }, { status: 'discarded' })]);
    return decided;
  });
  return rosterJobDto(discarded);
}

/** Sets the decision if the job is still undecided (a second, concurrent decision loses). */
async function decide(tx: Store, job: RosterJob, decision: Decision): Promise<RosterJob> {
  const decided = await tx.rosterJobs.update(job.id, { status: decision }, DECIDABLE[decision]);
  if (decided !== undefined) return decided;
  const now = await tx.rosterJobs.get(job.id);
  if (now === undefined) throw notFound('roster job', job.id);
  refuseUndecidable(now, decision);
  throw alreadyDecided(now);
}

async function refuseStale(tx: Store, job: RosterJob, basis: readonly string[]): Promise<void> {
  const unit = await tx.units.get(job.unitId);
  if (unit === undefined) throw notFound('unit', job.unitId);
  const zone = timeZone(unit.timeZone);
  const start = zone.startOfLocalDay(job.from);
  const end = zone.startOfLocalDay(job.to + 1);
  const officers = await tx.officers.list({ unitIds: [job.unitId] });
  const now = new Set(
    recordBasis(
      await tx.duty.between(
        officers.map((o) => o.id),
        start,
        end,
      ),
      start,
      end,
    ),
  );
  const then = new Set(basis);
  const changed = [...now].filter((r) => !then.has(r)).length + basis.filter((r) => !now.has(r)).length;
  if (changed > 0) {
    throw new AppError(
      'roster-job.stale',
      `The records of unit ${job.unitId} from ${formatDay(job.from)} to ${formatDay(job.to)} changed since roster job ${job.id} read them (${changed} record versions differ). Maybe run the job again.`,
      { id: job.id, changed },
    );
  }
}
