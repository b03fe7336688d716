import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DashboardQuery, DashboardScopes, Dashboards, Problem } from '@muster/contracts';
import { type ServiceContext, dashboardScopes, leadershipDashboards } from '@muster/services';
import { dayRange } from '../day-param.ts';
import { actorOf } from '../plugins/authenticate.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/** The leadership dashboards (aggregates only) and the scopes they can be asked for. */
export function dashboardRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];
  api.get(
    '/api/dashboards',
    {
      schema: {
        tags: ['dashboards'],
        summary: 'Overtime distribution, fatigue exposure, exceedances and overrides, coverage gaps of a scope on local days from..to',
        security,
        querystring: DashboardQuery,
        response: { 200: Dashboards, ...errors },
      },
    },
    async (request) => {
      const { from, to } = dayRange(request.query.from, request.query.to);
      const { office, unit } = request.query;
      return leadershipDashboards(ctx, actorOf(request), { ...(office === undefined ? {} : { office }), ...(unit === undefined ? {} : { unit }) }, from, to);
    },
  );
  api.get(
    '/api/dashboards/scopes',
    { schema: { tags: ['dashboards'], summary: 'Field offices and units a dashboard can be scoped to', security, response: { 200: DashboardScopes, 401: Problem, 403: Problem } } },
    async (request) => ({ offices: await dashboardScopes(ctx, actorOf(request)) }),
  );
}
