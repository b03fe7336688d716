import type { StoredProposal } from '../ports/proposal-store.ts';

/**
 * A proposal as the wire shows it: the team in force (the proposed one, or the supervisor's after an
 * override, then also `proposedTeam`), its unfilled roles, and everyone the engine left out and why.
 */
export function proposalDto(p: StoredProposal) {
  return {
    id: p.id,
    operationId: p.operationId,
    status: p.status,
    scope: p.result.scope,
    policyVersion: p.result.policyVersion,
    team: p.team.members.map((m) => ({ ...m, warnings: [...m.warnings] })),
    unfilled: [...p.team.unfilled],
    excluded: [...p.result.excluded],
    officersConsidered: p.result.officersConsidered,
    fullyChecked: p.result.fullyChecked,
    ...(p.status === 'overridden' ? { proposedTeam: p.result.team.map((m) => ({ ...m, warnings: [...m.warnings] })) } : {}),
    createdBy: p.createdBy,
    createdAt: new Date(p.createdAt).toISOString(),
    ...(p.decidedBy === undefined ? {} : { decidedBy: p.decidedBy }),
    ...(p.decidedAt === undefined ? {} : { decidedAt: new Date(p.decidedAt).toISOString() }),
    ...(p.reason === undefined ? {} : { reason: p.reason }),
  };
}

export type ProposalDto = ReturnType<typeof proposalDto>;
