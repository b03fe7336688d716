import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DutyRecord, Problem, RosterBoard, RosterBoardQuery, RosterRange, Unit } from '@muster/contracts';
import { type ServiceContext, canSeeUnit, dutyRecordDto, publishDrafts, rosterBoard, unitDto } from '@muster/services';
import { z } from 'zod';
import { dayRange } from '../day-param.ts';
import { actorOf } from '../plugins/authenticate.ts';

/** Units and a unit's roster board with its findings. */
export function rosterRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];
  api.get(
    '/api/units',
    { schema: { tags: ['roster'], summary: 'Units whose roster the user may see', security, response: { 200: z.object({ items: z.array(Unit) }), 401: Problem } } },
    async (request) => {
      const actor = actorOf(request);
      return { items: (await ctx.store.units.list()).filter((u) => canSeeUnit(actor, u.id)).map(unitDto) };
    },
  );
  api.get(
    '/api/units/:unitId/roster',
    {
      schema: {
        tags: ['roster'],
        summary: "A unit's officers, records and findings for local days from..to (all officers, or the ones named)",
        security,
        params: z.object({ unitId: z.string().min(1).max(64) }),
        querystring: RosterBoardQuery,
        response: { 200: RosterBoard, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const { from, to } = dayRange(request.query.from, request.query.to);
      const board = await rosterBoard(ctx, actorOf(request), request.params.unitId, from, to, request.query.officers?.split(','));
      reply.header('etag', board.etag).header('vary', 'accept-encoding, authorization').header('cache-control', 'private, no-cache');
      if (request.headers['if-none-match'] === board.etag) return reply.code(304 as never).send(undefined as never);
      // Already JSON (and cached as such, gzipped once): sent as it is, not serialized again.
      reply.type('application/json; charset=utf-8').serializer((payload) => payload as string);
      if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) return reply.header('content-encoding', 'gzip').send(board.gzip() as never);
      return reply.send(board.json as never);
    },
  );
  api.post(
    '/api/units/:unitId/publish',
    {
      schema: {
        tags: ['roster'],
        summary: "Publish the unit's drafts that start on local days from..to (all or none, audited)",
        security,
        params: z.object({ unitId: z.string().min(1).max(64) }),
        body: RosterRange,
        response: { 200: z.object({ published: z.number().int(), items: z.array(DutyRecord) }), 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => {
      const { from, to } = dayRange(request.body.from, request.body.to);
      const published = await publishDrafts(ctx, actorOf(request), request.params.unitId, from, to);
      return { published: published.length, items: published.map(dutyRecordDto) };
    },
  );
}
