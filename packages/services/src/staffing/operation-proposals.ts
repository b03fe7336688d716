import { canSeeProposals, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { notFound } from '../not-found.ts';
import type { StoredProposal } from '../ports/proposal-store.ts';
import type { ServiceContext } from '../service-context.ts';

/** An operation's staffing proposals, oldest first (leadership, or whoever may staff the operation). */
export async function operationProposals(ctx: ServiceContext, actor: Actor, operationId: string): Promise<StoredProposal[]> {
  const operation = await ctx.store.operations.get(operationId);
  if (operation === undefined) throw notFound('operation', operationId);
  requireAccess(canSeeProposals(actor, operation.unitId), actor, `read the staffing proposals of operation ${operationId}`);
  return ctx.store.proposals.forOperation(operationId);
}
