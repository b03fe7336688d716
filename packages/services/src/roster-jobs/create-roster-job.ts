import { randomUUID } from 'node:crypto';
import { AppError, type DayNumber, formatDay, timeZone } from '@muster/kernel';
import { canScheduleUnit, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import { notFound } from '../not-found.ts';
import type { RosterJob } from '../ports/roster-job-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { rosterDemand } from './roster-demand.ts';
import { rosterJobTask } from './roster-job-task.ts';

/** A search's time budget: ten seconds cover a unit of a few dozen officers over weeks (docs/optimizer.md). */
export const DEFAULT_TIME_LIMIT_SECONDS = 10;
export const MAX_TIME_LIMIT_SECONDS = 120;
/** Six weeks: a roster period, and a bound on the search's size. */
export const MAX_ROSTER_JOB_DAYS = 42;

export interface RosterJobRequest {
  readonly unitId: string;
  /** Local days of the unit, inclusive. */
  readonly from: DayNumber;
  readonly to: DayNumber;
  readonly timeLimitSeconds?: number;
  /** Stop after this many search steps as well; with the seed, a run is reproducible. */
  readonly stepLimit?: number;
  readonly seed?: number;
}

/**
 * Queues a search for a unit's roster over days to come (supervisor of the unit, admin): checks
 * the range and that there is demand, stores the job, and hands it to the process's runner.
 */
export async function createRosterJob(ctx: ServiceContext, actor: Actor, request: RosterJobRequest): Promise<RosterJob> {
  const { unitId, from, to } = request;
  requireAccess(canScheduleUnit(actor, unitId), actor, `roster unit ${unitId}`);
  const unit = await ctx.store.units.get(unitId);
  if (unit === undefined) throw notFound('unit', unitId);
  const zone = timeZone(unit.timeZone);
  const now = ctx.clock.now();
  const today = zone.localDayOf(now);
  const range = { from: formatDay(from), to: formatDay(to) };
  if (to < from) throw new AppError('roster-job.bad-range', `to=${range.to} is before from=${range.from}. Maybe swap them.`, range);
  if (from < today) throw new AppError('roster-job.bad-range', `from=${range.from} is before today (${formatDay(today)} in ${zone.name}); a roster job plans days to come.`, range);
  if (to - from + 1 > MAX_ROSTER_JOB_DAYS)
    throw new AppError('roster-job.bad-range', `${to - from + 1} days asked for; a roster job plans at most ${MAX_ROSTER_JOB_DAYS} days. Maybe split the range.`, range);
  rosterDemand(await ctx.store.rosterSettings.get(unitId), unitId, from, to, zone, now);
  const timeLimitSeconds = Math.min(MAX_TIME_LIMIT_SECONDS, request.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS);
  const job = await ctx.store.transaction(async (tx) => {
    const created = await tx.rosterJobs.insert({
      id: randomUUID(),
      unitId,
      from,
      to,
      status: 'queued',
      options: { timeLimitSeconds, seed: request.seed ?? 1, ...(request.stepLimit === undefined ? {} : { stepLimit: request.stepLimit }) },
      progress: { fraction: 0, elapsedMs: 0, steps: 0 },
      createdBy: actor.userId,
      createdAt: now,
    });
    await tx.audit.append([auditEntry(actor, now, 'roster-job.create', 'roster-job', created.id, undefined, { unitId, ...range, options: created.options })]);
    return created;
  });
  ctx.rosterJobs.submit(rosterJobTask(ctx, job));
  return job;
}
