import { canSeeUnit, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { notFound } from '../not-found.ts';
import type { RosterJob } from '../ports/roster-job-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { type RosterJobDto, rosterJobDto } from './roster-job-dto.ts';

/** A job the actor may see (its unit's roster), or `resource.not-found`. */
export async function visibleRosterJob(ctx: ServiceContext, actor: Actor, id: string): Promise<RosterJob> {
  const job = await ctx.store.rosterJobs.get(id);
  if (job === undefined) throw notFound('roster job', id);
  requireAccess(canSeeUnit(actor, job.unitId), actor, `see roster jobs of unit ${job.unitId}`);
  return job;
}

/** A job with its latest progress (from memory while it runs) and, when finished, its result. */
export async function getRosterJob(ctx: ServiceContext, actor: Actor, id: string): Promise<RosterJobDto> {
  return withLiveProgress(ctx, await visibleRosterJob(ctx, actor, id));
}

/** A unit's most recent jobs, newest first, without their results (read one job for that). */
export async function listRosterJobs(ctx: ServiceContext, actor: Actor, unitId: string, limit: number): Promise<RosterJobDto[]> {
  requireAccess(canSeeUnit(actor, unitId), actor, `see roster jobs of unit ${unitId}`);
  const jobs = await ctx.store.rosterJobs.list(unitId, limit);
  return jobs.map((job) => {
    const { result: _result, ...rest } = withLiveProgress(ctx, job);
    return rest;
  });
}

// A running job's progress is fresher in memory than in its row (written at most once a second).
function withLiveProgress(ctx: ServiceContext, job: RosterJob): RosterJobDto {
  return rosterJobDto(job, job.status === 'running' ? ctx.rosterJobs.progress(job.id) : undefined);
}
