import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServiceContext } from '@muster/services';
import { z } from 'zod';
import { sendProblem } from '../plugins/problem-details.ts';

/** `GET /api/health`: 200 when the database answers, 503 when it does not. */
export function healthRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      schema: {
        tags: ['service'],
        summary: 'Whether the service and its database answer',
        response: { 200: z.object({ status: z.literal('ok'), database: z.literal('reachable') }) },
      },
    },
    async (request, reply) => {
      if (!(await ctx.store.ping())) return sendProblem(reply, request, 'database.unavailable', 'The database does not answer.');
      return { status: 'ok' as const, database: 'reachable' as const };
    },
  );
}
