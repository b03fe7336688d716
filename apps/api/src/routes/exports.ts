import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CsvDownload, DutyRecordList, ExportQuery, OfficerExport, Problem, QualificationExport, ShiftExportQuery } from '@muster/contracts';
import { formatDay } from '@muster/kernel';
import { type ServiceContext, dutyRecordDto, exportOfficers, exportQualifications, exportShifts, officerDto, officersCsv, qualificationsCsv, shiftsCsv } from '@muster/services';
import { dayRange } from '../day-param.ts';
import { actorOf } from '../plugins/authenticate.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const security = [{ bearer: [] }];

/** `officers-north.csv`: the kind, the unit (if any) and the days, in characters safe in any file system. */
function fileName(kind: string, unit: string | undefined, extension: string, days: readonly string[] = []): string {
  return `${[kind, ...(unit === undefined ? [] : [unit]), ...days].join('-').replace(/[^A-Za-z0-9._-]/g, '_')}.${extension}`;
}

/** Sends an export as a download. */
function attachment(reply: FastifyReply, name: string, body: string | object): FastifyReply {
  reply.header('content-disposition', `attachment; filename="${name}"`);
  if (typeof body !== 'string') return reply.send(body);
  return reply.type('text/csv; charset=utf-8').send(body);
}

/**
 * Exports of what the user may see: CSV in the import formats (`….csv`, importable again) and the
 * same records as JSON (`….json`), each as an attachment.
 */
export function exportRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const csv = { security, response: { 200: { description: 'The file, as an attachment', content: { 'text/csv': { schema: CsvDownload } } }, ...errors } };
  for (const extension of ['csv', 'json'] as const) {
    const json = extension === 'json';
    api.get(
      `/api/exports/officers.${extension}`,
      {
        schema: {
          tags: ['exports'],
          summary: `officers.${extension}: the officers the user may see (of one unit if given)`,
          querystring: ExportQuery,
          ...(json ? { security, response: { 200: OfficerExport, ...errors } } : csv),
        },
      },
      async (request, reply) => {
        const officers = await exportOfficers(ctx, actorOf(request), request.query.unit);
        return attachment(reply, fileName('officers', request.query.unit, extension), json ? { items: officers.map(officerDto) } : officersCsv(officers));
      },
    );
    api.get(
      `/api/exports/qualifications.${extension}`,
      {
        schema: {
          tags: ['exports'],
          summary: `qualifications.${extension}: grants of the officers the user may see (of one unit if given)`,
          querystring: ExportQuery,
          ...(json ? { security, response: { 200: QualificationExport, ...errors } } : csv),
        },
      },
      async (request, reply) => {
        const grants = await exportQualifications(ctx, actorOf(request), request.query.unit);
        const items = grants.map((g) => ({ ...g, issued: formatDay(g.issued), expires: formatDay(g.expires) }));
        return attachment(reply, fileName('qualifications', request.query.unit, extension), json ? { items } : qualificationsCsv(grants));
      },
    );
    api.get(
      `/api/exports/shifts.${extension}`,
      {
        schema: {
          tags: ['exports'],
          summary: `shifts.${extension}: records starting on local days from..to (published unless status=draft)`,
          querystring: ShiftExportQuery,
          ...(json ? { security, response: { 200: DutyRecordList, ...errors } } : csv),
        },
      },
      async (request, reply) => {
        const { unit, status } = request.query;
        const { from, to } = dayRange(request.query.from, request.query.to);
        const shifts = await exportShifts(ctx, actorOf(request), { ...(unit === undefined ? {} : { unitId: unit }), from, to, status });
        const name = fileName('shifts', unit, extension, [request.query.from, request.query.to, ...(status === 'draft' ? ['draft'] : [])]);
        return attachment(reply, name, json ? { items: shifts.records.map(dutyRecordDto) } : shiftsCsv(shifts));
      },
    );
  }
}
