import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditList, AuditQuery, Problem } from '@muster/contracts';
import { type ServiceContext, readAuditLog } from '@muster/services';
import { actorOf } from '../plugins/authenticate.ts';

/** `GET /api/audit`: the audit log, newest first (leadership and admin). */
export function auditRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Every write: who, when, what, before and after',
        security: [{ bearer: [] }],
        querystring: AuditQuery,
        response: { 200: AuditList, 401: Problem, 403: Problem },
      },
    },
    async (request) => {
      const { entity, entityId, beforeId, limit } = request.query;
      const entries = await readAuditLog(ctx, actorOf(request), {
        limit,
        ...(entity === undefined ? {} : { entity }),
        ...(entityId === undefined ? {} : { entityId }),
        ...(beforeId === undefined ? {} : { beforeId }),
      });
      return { items: entries.map((e) => ({ ...e, at: new Date(e.at).toISOString() })) };
    },
  );
}
