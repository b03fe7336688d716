import type { Actor } from '../access/actor.ts';
import type { StoredProposal } from '../ports/proposal-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { checkTeam } from './check-team.ts';
import { openProposal } from './open-proposal.ts';
import { recordDecision } from './record-decision.ts';
import { refuseIfStaffed } from './refuse-if-staffed.ts';
import { teamOfficers } from './team-officers.ts';

/**
 * Accepts a proposal as it stands: each member is checked again through the gates on the records as
 * they are now (the roster may have changed since), then put on duty (see recordDecision).
 */
export async function acceptProposal(ctx: ServiceContext, actor: Actor, id: number): Promise<StoredProposal> {
  const opened = await openProposal(ctx, actor, id);
  await refuseIfStaffed(ctx.store, opened.operation.id);
  const { officers, data } = await teamOfficers(ctx, actor, opened.operation, opened.proposal.team.members);
  const members = checkTeam(opened.operation, data, opened.proposal.team.members, 'Maybe the roster changed since the proposal was made; create a new one.');
  return recordDecision(ctx, actor, opened, { status: 'accepted', team: { members, unfilled: opened.proposal.team.unfilled }, officers });
}
