import { AppError } from '@muster/kernel';
import { canSeeProposals, canStaffOperation, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { notFound } from '../not-found.ts';
import type { StoredOperation } from '../ports/operation-store.ts';
import type { StoredProposal } from '../ports/proposal-store.ts';
import type { ServiceContext } from '../service-context.ts';

export interface ProposalWithOperation {
  readonly proposal: StoredProposal;
  readonly operation: StoredOperation;
}

/** A proposal and its operation, if the actor may read it (leadership, or whoever may staff the operation). */
export async function readProposal(ctx: ServiceContext, actor: Actor, id: number): Promise<ProposalWithOperation> {
  const proposal = await ctx.store.proposals.get(id);
  if (proposal === undefined) throw notFound('proposal', id);
  const operation = await ctx.store.operations.get(proposal.operationId);
  if (operation === undefined) throw notFound('operation', proposal.operationId);
  requireAccess(canSeeProposals(actor, operation.unitId), actor, `read the staffing proposals of operation ${operation.id}`);
  return { proposal, operation };
}

/** A proposal the actor may decide (whoever may staff the operation) and that is still undecided. */
export async function openProposal(ctx: ServiceContext, actor: Actor, id: number): Promise<ProposalWithOperation> {
  const opened = await readProposal(ctx, actor, id);
  requireAccess(canStaffOperation(actor, opened.operation.unitId), actor, `decide the staffing of operation ${opened.operation.id}`);
  if (opened.proposal.status !== 'proposed') throw proposalAlreadyDecided(opened.proposal);
  return opened;
}

/** The `proposal.already-decided` error. */
export function proposalAlreadyDecided(proposal: StoredProposal): AppError {
  return new AppError('proposal.already-decided', `Proposal ${proposal.id} is already ${proposal.status}; a decision stands. Maybe create a new proposal.`, {
    id: proposal.id,
    status: proposal.status,
  });
}
