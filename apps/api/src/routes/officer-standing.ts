import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DateTime, OfficerDaysOff, OfficerOvertime, Problem, RosterRange } from '@muster/contracts';
import { type ServiceContext, officerDaysOff, officerOvertime } from '@muster/services';
import { z } from 'zod';
import { dayRange } from '../day-param.ts';
import { actorOf } from '../plugins/authenticate.ts';
import { instantOf } from '../wire-instant.ts';

const IdParams = z.object({ id: z.string().min(1).max(64) });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/** An officer's days off and day-off debt, and their place on the overtime equalisation list. */
export function officerStandingRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];
  api.get(
    '/api/officers/:id/days-off',
    {
      schema: {
        tags: ['officers'],
        summary: 'Days off and day-off debt in the whole local weeks holding from..to',
        security,
        params: IdParams,
        querystring: RosterRange,
        response: { 200: OfficerDaysOff, ...errors },
      },
    },
    async (request) => {
      const { from, to } = dayRange(request.query.from, request.query.to);
      return officerDaysOff(ctx, actorOf(request), request.params.id, from, to, ctx.clock.now());
    },
  );
  api.get(
    '/api/officers/:id/overtime',
    {
      schema: {
        tags: ['officers'],
        summary: 'Place on the unit’s overtime equalisation list at `at` (now), overtime by month and the last 90 days’ overtime records',
        security,
        params: IdParams,
        querystring: z.object({ at: DateTime.optional() }),
        response: { 200: OfficerOvertime, ...errors },
      },
    },
    async (request) => officerOvertime(ctx, actorOf(request), request.params.id, request.query.at === undefined ? ctx.clock.now() : instantOf(request.query.at)),
  );
}
