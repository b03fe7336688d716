import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DateTime, DutyRecordList, Finding, Officer, OfficerFatigue, OfficerHours, OfficerList, OfficerQualification, Paging, Problem, RosterRange } from '@muster/contracts';
import { formatDay } from '@muster/kernel';
import {
  type ServiceContext,
  dutyRecordDto,
  getOfficer,
  listOfficers,
  officerDto,
  officerDutyRecords,
  officerFatigue,
  officerFindingsView,
  officerHours,
  officerQualifications,
} from '@muster/services';
import { z } from 'zod';
import { dayRange } from '../day-param.ts';
import { actorOf } from '../plugins/authenticate.ts';
import { instantOf } from '../wire-instant.ts';

const IdParams = z.object({ id: z.string().min(1).max(64) });
const errors = { 401: Problem, 403: Problem, 404: Problem };

/** Officers the user may see, one officer, their qualifications and their duty records. */
export function officerRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];
  api.get(
    '/api/officers',
    {
      schema: {
        tags: ['officers'],
        summary: 'Officers the signed-in user may see',
        security,
        querystring: Paging.extend({ unit: z.string().optional() }),
        response: { 200: OfficerList, ...errors },
      },
    },
    async (request) => {
      const { limit, offset, unit } = request.query;
      const page = await listOfficers(ctx, actorOf(request), { limit, offset, ...(unit === undefined ? {} : { unitId: unit }) });
      return { items: page.items.map(officerDto), total: page.total, limit, offset };
    },
  );
  api.get('/api/officers/:id', { schema: { tags: ['officers'], summary: 'One officer', security, params: IdParams, response: { 200: Officer, ...errors } } }, async (request) =>
    officerDto(await getOfficer(ctx, actorOf(request), request.params.id)),
  );
  api.get(
    '/api/officers/:id/qualifications',
    {
      schema: {
        tags: ['officers'],
        summary: "An officer's qualification grants",
        security,
        params: IdParams,
        response: { 200: z.object({ items: z.array(OfficerQualification) }), ...errors },
      },
    },
    async (request) => ({
      items: (await officerQualifications(ctx, actorOf(request), request.params.id)).map((q) => ({ ...q, issued: formatDay(q.issued), expires: formatDay(q.expires) })),
    }),
  );
  api.get(
    '/api/officers/:id/duty-records',
    {
      schema: {
        tags: ['duty records'],
        summary: "An officer's records touching local days from..to",
        security,
        params: IdParams,
        querystring: RosterRange,
        response: { 200: DutyRecordList, 400: Problem, ...errors },
      },
    },
    async (request) => {
      const { from, to } = dayRange(request.query.from, request.query.to);
      return { items: (await officerDutyRecords(ctx, actorOf(request), request.params.id, from, to)).map(dutyRecordDto) };
    },
  );
  api.get(
    '/api/officers/:id/findings',
    {
      schema: {
        tags: ['officers'],
        summary: "An officer's findings on local days from..to, checked on the stored records",
        security,
        params: IdParams,
        querystring: RosterRange,
        response: { 200: z.object({ items: z.array(Finding), policyVersion: z.number().int() }), 400: Problem, ...errors },
      },
    },
    async (request) => {
      const { from, to } = dayRange(request.query.from, request.query.to);
      const view = await officerFindingsView(ctx, actorOf(request), request.params.id, from, to);
      return { items: view.findings, policyVersion: view.policyVersion };
    },
  );
  api.get(
    '/api/officers/:id/fatigue',
    {
      schema: {
        tags: ['officers'],
        summary: 'Predicted KSS and PVT lapses on local days from..to, with the duties and the sleep assumed',
        security,
        params: IdParams,
        querystring: RosterRange.extend({ step: z.coerce.number().int().min(5).max(60).default(15) }),
        response: { 200: OfficerFatigue, 400: Problem, ...errors },
      },
    },
    async (request) => {
      const { from, to } = dayRange(request.query.from, request.query.to);
      return officerFatigue(ctx, actorOf(request), request.params.id, from, to, request.query.step);
    },
  );
  api.get(
    '/api/officers/:id/hours',
    {
      schema: {
        tags: ['officers'],
        summary: 'Duty hours in the last 48 h, 7 and 28 days and overtime this month, beside the policy’s levels',
        security,
        params: IdParams,
        querystring: z.object({ at: DateTime.optional() }),
        response: { 200: OfficerHours, 400: Problem, ...errors },
      },
    },
    async (request) => officerHours(ctx, actorOf(request), request.params.id, request.query.at === undefined ? ctx.clock.now() : instantOf(request.query.at)),
  );
}
