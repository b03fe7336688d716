import { AppError } from '@muster/kernel';
import { canScheduleUnit, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import type { RosterJob } from '../ports/roster-job-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { type RosterJobDto, rosterJobDto } from './roster-job-dto.ts';
import { visibleRosterJob } from './read-roster-jobs.ts';

/** `roster-job.already-decided` for a job that was accepted or discarded. */
export function alreadyDecided(job: RosterJob): AppError {
  return new AppError('roster-job.already-decided', `Roster job ${job.id} was already ${job.status}; a decision stands. Maybe start a new job.`, {
    id: job.id,
    status: job.status,
  });
}

/**
 * Stops a job (supervisor of the unit, admin): a queued one never starts; a running search stops
 * at its next check and the job keeps the best roster found so far (which may still be accepted).
 * Answers once the worker is gone and the job's row is final. Cancelling a cancelled job is a no-op.
 */
export async function cancelRosterJob(ctx: ServiceContext, actor: Actor, id: string): Promise<RosterJobDto> {
  const job = await visibleRosterJob(ctx, actor, id);
  requireAccess(canScheduleUnit(actor, job.unitId), actor, `cancel roster jobs of unit ${job.unitId}`);
  if (job.status === 'cancelled') return rosterJobDto(job);
  if (job.status === 'accepted' || job.status === 'discarded') throw alreadyDecided(job);
  if (job.status === 'done' || job.status === 'failed') {
    throw new AppError('roster-job.already-finished', `Roster job ${id} has already finished (${job.status}); there is nothing to stop. Maybe discard it.`, {
      id,
      status: job.status,
    });
  }
  const at = ctx.clock.now();
  // Not waiting and not running here: a row another process left behind; it ends now.
  if (ctx.rosterJobs.dequeue(id) || !(await ctx.rosterJobs.cancel(id))) await ctx.store.rosterJobs.update(id, { status: 'cancelled', finishedAt: at }, ['queued', 'running']);
  const after = (await ctx.store.rosterJobs.get(id))!;
  if (after.status === 'cancelled') await ctx.store.audit.append([auditEntry(actor, at, 'roster-job.cancel', 'roster-job', id, { status: job.status }, { status: after.status })]);
  return rosterJobDto(after);
}
