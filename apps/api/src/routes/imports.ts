import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CsvUpload, ImportProblem, OfficerImportResult, Problem, QualificationImportResult, ShiftImportQuery, ShiftImportResult } from '@muster/contracts';
import { type ServiceContext, importOfficersCsv, importQualificationsCsv, importShiftsCsv } from '@muster/services';
import { actorOf } from '../plugins/authenticate.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 413: Problem, 415: Problem, 422: ImportProblem };
const csv = { security: [{ bearer: [] }], consumes: ['text/csv', 'text/plain'], body: CsvUpload };

/**
 * CSV uploads in the formats of docs/formats.md, all rows or none; `app` must read CSV bodies
 * (see plugins/csv-body.ts). A problem anywhere is 422 `import.invalid` with every issue's line.
 */
export function importRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/imports/officers',
    {
      schema: {
        tags: ['imports'],
        summary: 'Add or update officers from officers.csv (admin); units must exist',
        ...csv,
        response: { 200: OfficerImportResult, ...errors },
      },
    },
    async (request) => importOfficersCsv(ctx, actorOf(request), request.body),
  );
  api.post(
    '/api/imports/qualifications',
    {
      schema: {
        tags: ['imports'],
        summary: 'Add qualification grants from qualifications.csv (training, admin); grants already held are kept',
        ...csv,
        response: { 201: QualificationImportResult, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await importQualificationsCsv(ctx, actorOf(request), request.body)),
  );
  api.post(
    '/api/imports/shifts',
    {
      schema: {
        tags: ['imports'],
        summary: 'Add duty records from shifts.csv (admin, or a supervisor of every officer in it); published unless status=draft',
        ...csv,
        querystring: ShiftImportQuery,
        response: { 201: ShiftImportResult, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await importShiftsCsv(ctx, actorOf(request), request.body, request.query.status)),
  );
}
