import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CreateRosterJob, Problem, RosterJob, RosterJobList } from '@muster/contracts';
import { type ServiceContext, acceptRosterJob, cancelRosterJob, createRosterJob, discardRosterJob, getRosterJob, listRosterJobs, rosterJobDto } from '@muster/services';
import { z } from 'zod';
import { dayRange } from '../day-param.ts';
import { actorOf } from '../plugins/authenticate.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const params = z.object({ id: z.uuid() });

/** Roster searches run in the background: start one, watch its progress, cancel it, accept or discard its roster. */
export function rosterJobRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];
  const tags = ['roster jobs'];
  api.post(
    '/api/roster-jobs',
    {
      schema: {
        tags,
        summary: "Start a search for a unit's roster over local days from..to (supervisor of the unit, admin); answers 202 at once",
        security,
        body: CreateRosterJob,
        response: { 202: RosterJob, ...errors },
      },
    },
    async (request, reply) => {
      const { unitId, timeLimitSeconds, steps, seed } = request.body;
      const { from, to } = dayRange(request.body.from, request.body.to);
      const job = await createRosterJob(ctx, actorOf(request), {
        unitId,
        from,
        to,
        timeLimitSeconds,
        ...(steps === undefined ? {} : { stepLimit: steps }),
        ...(seed === undefined ? {} : { seed }),
      });
      return reply.code(202).header('location', `/api/roster-jobs/${job.id}`).send(rosterJobDto(job));
    },
  );
  api.get(
    '/api/roster-jobs',
    {
      schema: {
        tags,
        summary: "A unit's latest roster jobs, newest first (without their results)",
        security,
        querystring: z.object({ unit: z.string().min(1).max(64), limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: RosterJobList, ...errors },
      },
    },
    async (request) => ({ items: await listRosterJobs(ctx, actorOf(request), request.query.unit, request.query.limit) }),
  );
  api.get(
    '/api/roster-jobs/:id',
    { schema: { tags, summary: 'A roster job: status, progress and, once finished, its result', security, params, response: { 200: RosterJob, ...errors } } },
    async (request) => getRosterJob(ctx, actorOf(request), request.params.id),
  );
  const decisions = [
    ['cancel', 'Stop the search; the best roster so far is kept as the result', cancelRosterJob],
    ['accept', "Write the job's roster as drafts, cancelling the drafts it replaces", acceptRosterJob],
    ['discard', "Set the job's roster aside", discardRosterJob],
  ] as const;
  for (const [verb, summary, decide] of decisions) {
    api.post(`/api/roster-jobs/:id/${verb}`, { schema: { tags, summary, security, params, response: { 200: RosterJob, ...errors } } }, async (request) =>
      decide(ctx, actorOf(request), request.params.id),
    );
  }
}
