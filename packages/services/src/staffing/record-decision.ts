import type { Officer } from '@muster/domain';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import { insertAuditedRecords } from '../duty/duty-records.ts';
import type { ProposalMember, ProposalTeam, StoredProposal } from '../ports/proposal-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { type ProposalWithOperation, proposalAlreadyDecided } from './open-proposal.ts';
import { refuseIfStaffed } from './refuse-if-staffed.ts';

/** Accept or override: the team to put on duty and its officers (for their units' boards); or discard. */
export type Decision =
  | { readonly status: 'accepted' | 'overridden'; readonly team: ProposalTeam; readonly officers: readonly Officer[]; readonly reason?: string }
  | { readonly status: 'discarded'; readonly reason?: string };

const ACTIONS = { accepted: 'proposal.accept', overridden: 'proposal.override', discarded: 'proposal.discard' } as const;

/**
 * Records a decision in one transaction: one published duty record per member (kind regular, on
 * the operation, in the member's role) with its audit entry, the proposal's new status, and the
 * decision's audit entry with its reason. A proposal decided meanwhile, or an operation staffed
 * meanwhile, rolls all of it back. The members' units' boards are invalidated after the commit.
 */
export async function recordDecision(ctx: ServiceContext, actor: Actor, opened: ProposalWithOperation, decision: Decision): Promise<StoredProposal> {
  const { proposal, operation } = opened;
  const at = ctx.clock.now();
  const decided = await ctx.store.transaction(async (tx) => {
    let team = proposal.team;
    if (decision.status !== 'discarded') {
      await refuseIfStaffed(tx, operation.id);
      const records = await insertAuditedRecords(
        tx,
        actor,
        at,
        decision.team.members.map((m) => ({
          officerId: m.officerId,
          start: operation.start,
          end: operation.end,
          kind: 'regular',
          operationId: operation.id,
          role: m.role,
          status: 'published',
        })),
      );
      team = { ...decision.team, members: decision.team.members.map((m, i): ProposalMember => ({ ...m, dutyRecordId: records[i]!.id })) };
    }
    const after = await tx.proposals.decide(proposal.id, {
      status: decision.status,
      team,
      decidedBy: actor.userId,
      decidedAt: at,
      ...(decision.reason === undefined ? {} : { reason: decision.reason }),
    });
    if (after === undefined) throw proposalAlreadyDecided((await tx.proposals.get(proposal.id)) ?? proposal);
    await tx.audit.append([
      auditEntry(actor, at, ACTIONS[decision.status], 'proposal', proposal.id, teamSummary(proposal.status, proposal.team), {
        ...teamSummary(after.status, after.team),
        ...(decision.reason === undefined ? {} : { reason: decision.reason }),
      }),
    ]);
    return after;
  });
  if (decision.status !== 'discarded') ctx.boards.invalidateUnits(new Set(decision.officers.map((o) => o.unit)));
  return decided;
}

/** A proposal's status and team as the audit log keeps them: who, in which role, on which record. */
export function teamSummary(status: string, team: ProposalTeam) {
  return {
    status,
    team: team.members.map((m) => ({ role: m.role, officerId: m.officerId, ...(m.dutyRecordId === undefined ? {} : { dutyRecordId: m.dutyRecordId }) })),
    unfilled: team.unfilled.map((u) => ({ role: u.role, missing: u.missing })),
  };
}
