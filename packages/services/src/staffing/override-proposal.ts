import { AppError } from '@muster/kernel';
import type { Actor } from '../access/actor.ts';
import type { StoredOperation } from '../ports/operation-store.ts';
import type { StoredProposal, UnfilledRole } from '../ports/proposal-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { type Assignment, checkTeam } from './check-team.ts';
import { openProposal } from './open-proposal.ts';
import { recordDecision } from './record-decision.ts';
import { refuseIfStaffed } from './refuse-if-staffed.ts';
import { teamOfficers } from './team-officers.ts';

export interface OverrideTeamRequest {
  readonly team: readonly Assignment[];
  /** Why the supervisor replaces the proposed team (kept in the audit log). */
  readonly reason: string;
}

/**
 * Replaces a proposal's team with the supervisor's and puts it on duty. Every officer goes through
 * the same hard gates as the proposal's (see checkTeam): a failure is refused, never let through —
 * a block finding can stand only by an override of a finding on the roster. Warnings come back
 * with the members; roles the team leaves short are reported as unfilled.
 */
export async function overrideProposal(ctx: ServiceContext, actor: Actor, id: number, request: OverrideTeamRequest): Promise<StoredProposal> {
  const opened = await openProposal(ctx, actor, id);
  await refuseIfStaffed(ctx.store, opened.operation.id);
  const unfilled = checkComposition(opened.operation, request.team);
  const { officers, data } = await teamOfficers(ctx, actor, opened.operation, request.team);
  const members = checkTeam(
    opened.operation,
    data,
    request.team,
    'Maybe choose another officer; a block finding can be let stand only once it is on the roster, with POST /api/overrides.',
  );
  return recordDecision(ctx, actor, opened, { status: 'overridden', team: { members, unfilled }, officers, reason: request.reason.trim() });
}

/** Refuses roles the operation lacks, more officers than a role's count and an officer twice; returns the roles left short. */
function checkComposition(operation: StoredOperation, team: readonly Assignment[]): UnfilledRole[] {
  const refuse = (message: string, details: Record<string, unknown>): never => {
    throw new AppError('proposal.bad-team', `${message} Maybe fix the team for operation ${operation.id}.`, details);
  };
  const seen = new Set<string>();
  for (const { officerId } of team) {
    if (seen.has(officerId)) refuse(`Officer ${officerId} is on the team twice.`, { officerId });
    seen.add(officerId);
  }
  for (const { role } of team) {
    if (!operation.roles.some((r) => r.role === role))
      refuse(`Operation ${operation.id} has no role "${role}" (its roles: ${operation.roles.map((r) => r.role).join(', ')}).`, { role });
  }
  return operation.roles.flatMap((r) => {
    const taken = team.filter((a) => a.role === r.role).length;
    if (taken > r.count) refuse(`Role "${r.role}" takes ${r.count} officer(s); the team gives it ${taken}.`, { role: r.role, count: r.count, given: taken });
    return taken < r.count ? [{ role: r.role, missing: r.count - taken, reason: 'left open by the supervisor who replaced the proposed team' }] : [];
  });
}
