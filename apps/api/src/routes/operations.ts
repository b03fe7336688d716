import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { NewOperation, Operation, OperationList, Problem, Proposal, ProposalList, ProposalRequest } from '@muster/contracts';
import {
  type ServiceContext,
  createOperation,
  createProposal,
  getOperation,
  listOperations,
  operationDto,
  operationProposals,
  proposalDto,
  staffingSummaries,
} from '@muster/services';
import { z } from 'zod';
import { actorOf } from '../plugins/authenticate.ts';
import { instantOf as at } from '../wire-instant.ts';

const IdParams = z.object({ id: z.string().min(1).max(64) });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** Operations (planned by a supervisor of the unit or an admin) and the staffing proposals made for them. */
export function operationRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];
  api.get(
    '/api/operations',
    { schema: { tags: ['operations'], summary: 'Operations the user may see, in start order', security, response: { 200: OperationList, ...errors } } },
    async (request) => {
      const actor = actorOf(request);
      const operations = await listOperations(ctx, actor);
      const staffing = await staffingSummaries(ctx, actor, operations);
      return { items: operations.map((o) => operationDto(o, staffing.get(o.id))) };
    },
  );
  api.get(
    '/api/operations/:id',
    { schema: { tags: ['operations'], summary: 'One operation', security, params: IdParams, response: { 200: Operation, ...errors } } },
    async (request) => operationDto(await getOperation(ctx, actorOf(request), request.params.id)),
  );
  api.post(
    '/api/operations',
    {
      schema: {
        tags: ['operations'],
        summary: 'Plan an operation (supervisor of the unit; admin, also agency-wide)',
        security,
        body: NewOperation,
        response: { 201: Operation, ...errors },
      },
    },
    async (request, reply) => {
      const { id, unitId, start, end, roles, ...rest } = request.body;
      const created = await createOperation(ctx, actorOf(request), {
        ...rest,
        ...(id === undefined ? {} : { id }),
        ...(unitId === undefined || unitId === null ? {} : { unitId }),
        start: at(start),
        end: at(end),
        roles: roles.map(({ lead, driving, requiredQualifications, ...role }) => ({
          ...role,
          ...(requiredQualifications === undefined ? {} : { requiredQualifications }),
          ...(lead === undefined ? {} : { lead }),
          ...(driving === undefined ? {} : { driving }),
        })),
      });
      return reply.code(201).send(operationDto(created));
    },
  );
  api.post(
    '/api/operations/:id/proposals',
    {
      schema: {
        tags: ['staffing'],
        summary: "Propose a team from the stored officers, records and policy: the unit's officers, or the agency's with scope agency",
        security,
        params: IdParams,
        body: ProposalRequest.nullish(),
        response: { 201: Proposal, ...errors },
      },
    },
    async (request, reply) => {
      const scope = request.body?.scope;
      const created = await createProposal(ctx, actorOf(request), request.params.id, scope === undefined ? {} : { scope });
      return reply.code(201).send(proposalDto(created));
    },
  );
  api.get(
    '/api/operations/:id/proposals',
    {
      schema: { tags: ['staffing'], summary: "An operation's staffing proposals, oldest first", security, params: IdParams, response: { 200: ProposalList, ...errors } },
    },
    async (request) => ({ items: (await operationProposals(ctx, actorOf(request), request.params.id)).map(proposalDto) }),
  );
}
