import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CreateDutyRecords, DutyRecord, DutyRecordChange, DutyRecordList, Problem } from '@muster/contracts';
import { type ServiceContext, changeDutyRecord, createDutyRecords, dutyRecordDto } from '@muster/services';
import { z } from 'zod';
import { actorOf } from '../plugins/authenticate.ts';
import { instantOf as at } from '../wire-instant.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** Adding and changing ledger entries (supervisors of the unit, admin); every change is audited. */
export function dutyRecordRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];
  api.post(
    '/api/duty-records',
    {
      schema: {
        tags: ['duty records'],
        summary: 'Add records (all or none); drafts unless status is published',
        security,
        body: CreateDutyRecords,
        response: { 201: DutyRecordList, ...errors },
      },
    },
    async (request, reply) => {
      const stored = await createDutyRecords(
        ctx,
        actorOf(request),
        request.body.records.map(({ start, end, operationId, role, status, ...rest }) => ({
          ...rest,
          start: at(start),
          end: at(end),
          ...(operationId === undefined ? {} : { operationId }),
          ...(role === undefined ? {} : { role }),
          ...(status === undefined ? {} : { status }),
        })),
      );
      return reply.code(201).send({ items: stored.map(dutyRecordDto) });
    },
  );
  api.patch(
    '/api/duty-records/:id',
    {
      schema: {
        tags: ['duty records'],
        summary: 'Move, resize, reassign, publish or cancel a record (nothing is deleted)',
        security,
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: DutyRecordChange,
        response: { 200: DutyRecord, ...errors },
      },
    },
    async (request) => {
      const { start, end, officerId, kind, status } = request.body;
      const updated = await changeDutyRecord(ctx, actorOf(request), request.params.id, {
        ...(start === undefined ? {} : { start: at(start) }),
        ...(end === undefined ? {} : { end: at(end) }),
        ...(officerId === undefined ? {} : { officerId }),
        ...(kind === undefined ? {} : { kind }),
        ...(status === undefined ? {} : { status }),
      });
      return dutyRecordDto(updated);
    },
  );
}
