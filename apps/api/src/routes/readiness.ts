import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Problem, ReadinessCsv, ReadinessCsvQuery, ReadinessMatrix, ReadinessQuery } from '@muster/contracts';
import { AppError, type DayNumber, readIsoDate } from '@muster/kernel';
import { type ServiceContext, readinessCsv, readinessDto, readinessMatrix } from '@muster/services';
import { actorOf } from '../plugins/authenticate.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const security = [{ bearer: [] }];

/** `before=YYYY-MM-DD` as a day number (a well-formed date that does not exist is a 400). */
function beforeDay(before: string | undefined): DayNumber | undefined {
  if (before === undefined) return undefined;
  const day = readIsoDate(before);
  if (typeof day !== 'number') throw new AppError('request.invalid', `before=${before} is not a date that exists (YYYY-MM-DD).`, { before });
  return day;
}

/** The readiness matrix — officers × the qualification catalogue — as JSON and as a CSV download. */
export function readinessRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/readiness',
    {
      schema: {
        tags: ['readiness'],
        summary: 'Officers × qualifications: each grant’s status and expiry; with before=, only officers who must requalify before that day',
        security,
        querystring: ReadinessQuery,
        response: { 200: ReadinessMatrix, ...errors },
      },
    },
    async (request) => {
      const { unit, before, limit, offset } = request.query;
      const view = await readinessMatrix(ctx, actorOf(request), {
        ...(unit === undefined ? {} : { unitId: unit }),
        ...(before === undefined ? {} : { before: beforeDay(before)! }),
        limit,
        offset,
      });
      return readinessDto(view, { limit, offset });
    },
  );
  api.get(
    '/api/readiness.csv',
    {
      schema: {
        tags: ['readiness'],
        summary: 'The readiness matrix as CSV, every matching officer, as an attachment',
        querystring: ReadinessCsvQuery,
        security,
        response: { 200: { description: 'The matrix, one line per officer', content: { 'text/csv': { schema: ReadinessCsv } } }, ...errors },
      },
    },
    async (request, reply) => {
      const { unit, before } = request.query;
      const view = await readinessMatrix(ctx, actorOf(request), {
        ...(unit === undefined ? {} : { unitId: unit }),
        ...(before === undefined ? {} : { before: beforeDay(before)! }),
      });
      const name = ['readiness', ...(unit === undefined ? [] : [unit]), ...(before === undefined ? [] : ['before', before])].join('-').replace(/[^A-Za-z0-9._-]/g, '_');
      reply.header('content-disposition', `attachment; filename="${name}.csv"`);
      return reply.type('text/csv; charset=utf-8').send(readinessCsv(view));
    },
  );
}
