import type { Actor } from '../access/actor.ts';
import type { StoredProposal } from '../ports/proposal-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { openProposal } from './open-proposal.ts';
import { recordDecision } from './record-decision.ts';

/** Sets a proposal aside without putting anyone on duty; it stays on record as discarded. */
export async function discardProposal(ctx: ServiceContext, actor: Actor, id: number, reason?: string): Promise<StoredProposal> {
  const opened = await openProposal(ctx, actor, id);
  return recordDecision(ctx, actor, opened, { status: 'discarded', ...(reason === undefined ? {} : { reason: reason.trim() }) });
}
