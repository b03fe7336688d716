import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DateTime, Override, Problem } from '@muster/contracts';
import { type ServiceContext, createOverride, listOverrides, overrideDto, revokeOverride } from '@muster/services';
import { z } from 'zod';
import { actorOf } from '../plugins/authenticate.ts';
import { instantOf as at } from '../wire-instant.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 422: Problem };

const OverrideRequest = z
  .object({
    officerId: z.string().min(1),
    ruleId: z.string().min(1),
    findingStart: DateTime,
    reason: z.string().trim().min(10, 'a reason of at least 10 characters').max(2000),
    expiresAt: DateTime,
  })
  .meta({ id: 'OverrideRequest' });

const OverrideList = z
  .object({
    items: z.array(Override),
    counts: z.object({ total: z.number().int(), active: z.number().int(), revoked: z.number().int(), byRule: z.record(z.string(), z.number().int()) }),
  })
  .meta({ id: 'OverrideList' });

/** Overrides of block findings: made by a supervisor of the unit with a reason and an expiry, listed and counted. */
export function overrideRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];
  api.post(
    '/api/overrides',
    {
      schema: {
        tags: ['overrides'],
        summary: 'Let a block finding stand (supervisor of the unit; reason and expiry required)',
        security,
        body: OverrideRequest,
        response: { 201: Override, ...errors },
      },
    },
    async (request, reply) => {
      const { officerId, ruleId, findingStart, reason, expiresAt } = request.body;
      const created = await createOverride(ctx, actorOf(request), { officerId, ruleId, reason, findingStart: at(findingStart), expiresAt: at(expiresAt) });
      return reply.code(201).send(overrideDto(created));
    },
  );
  api.post(
    '/api/overrides/:id/revoke',
    {
      schema: {
        tags: ['overrides'],
        summary: 'Withdraw an override (it stays on record as revoked)',
        security,
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: Override, ...errors },
      },
    },
    async (request) => overrideDto(await revokeOverride(ctx, actorOf(request), request.params.id)),
  );
  api.get(
    '/api/overrides',
    {
      schema: {
        tags: ['overrides'],
        summary: "A unit's overrides whose findings overlap from..to, with counts",
        security,
        querystring: z.object({ unit: z.string().min(1), from: DateTime.optional(), to: DateTime.optional() }),
        response: { 200: OverrideList, ...errors },
      },
    },
    async (request) => {
      const { unit, from, to } = request.query;
      const { items, counts } = await listOverrides(ctx, actorOf(request), unit, from === undefined ? undefined : at(from), to === undefined ? undefined : at(to));
      return { items: items.map(overrideDto), counts };
    },
  );
}
