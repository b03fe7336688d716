import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Problem, Proposal, ProposalDiscard, ProposalOverride } from '@muster/contracts';
import { type ServiceContext, acceptProposal, discardProposal, overrideProposal, proposalDto, readProposal } from '@muster/services';
import { z } from 'zod';
import { actorOf } from '../plugins/authenticate.ts';

const IdParams = z.object({ id: z.coerce.number().int().positive() });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** A staffing proposal and the decisions on it: accept, override with another team (and a reason), discard. */
export function proposalRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];
  api.get(
    '/api/proposals/:id',
    { schema: { tags: ['staffing'], summary: 'One staffing proposal', security, params: IdParams, response: { 200: Proposal, ...errors } } },
    async (request) => proposalDto((await readProposal(ctx, actorOf(request), request.params.id)).proposal),
  );
  api.post(
    '/api/proposals/:id/accept',
    {
      schema: {
        tags: ['staffing'],
        summary: 'Put the proposed team on duty (each member re-checked through the gates; published records, audited)',
        security,
        params: IdParams,
        response: { 200: Proposal, ...errors },
      },
    },
    async (request) => proposalDto(await acceptProposal(ctx, actorOf(request), request.params.id)),
  );
  api.post(
    '/api/proposals/:id/override',
    {
      schema: {
        tags: ['staffing'],
        summary: 'Put another team on duty with a reason; every officer passes the same hard gates or nothing is written',
        security,
        params: IdParams,
        body: ProposalOverride,
        response: { 200: Proposal, ...errors },
      },
    },
    async (request) => proposalDto(await overrideProposal(ctx, actorOf(request), request.params.id, request.body)),
  );
  api.post(
    '/api/proposals/:id/discard',
    {
      schema: {
        tags: ['staffing'],
        summary: 'Set the proposal aside (it stays on record)',
        security,
        params: IdParams,
        body: ProposalDiscard.nullish(),
        response: { 200: Proposal, ...errors },
      },
    },
    async (request) => proposalDto(await discardProposal(ctx, actorOf(request), request.params.id, request.body?.reason)),
  );
}
