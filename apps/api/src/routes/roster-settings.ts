import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Problem, RosterSettings, RosterSettingsRequest } from '@muster/contracts';
import { type ServiceContext, readRosterSettings, rosterSettingsDto, saveRosterSettings } from '@muster/services';
import { z } from 'zod';
import { actorOf } from '../plugins/authenticate.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 422: Problem };
const params = z.object({ unitId: z.string().min(1).max(64) });

/** A unit's shift templates and weekly demand: what its roster jobs plan against. */
export function rosterSettingsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];
  api.get(
    '/api/units/:unitId/roster-settings',
    { schema: { tags: ['roster jobs'], summary: "A unit's shift templates and weekly demand", security, params, response: { 200: RosterSettings, ...errors } } },
    async (request) => rosterSettingsDto(await readRosterSettings(ctx, actorOf(request), request.params.unitId)),
  );
  api.put(
    '/api/units/:unitId/roster-settings',
    {
      schema: {
        tags: ['roster jobs'],
        summary: "Replace a unit's shift templates and weekly demand (supervisor of the unit, admin)",
        security,
        params,
        body: RosterSettingsRequest,
        response: { 200: RosterSettings, ...errors },
      },
    },
    async (request) => rosterSettingsDto(await saveRosterSettings(ctx, actorOf(request), request.params.unitId, request.body)),
  );
}
