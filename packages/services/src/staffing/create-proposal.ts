import { staffOperation } from '@muster/optimizer';
import { canStaffOperation, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import { notFound } from '../not-found.ts';
import type { StaffingScope, StoredProposal } from '../ports/proposal-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { proposalResult } from './proposal-result.ts';
import { teamSummary } from './record-decision.ts';
import { refuseIfStaffed } from './refuse-if-staffed.ts';
import { staffingData } from './staffing-data.ts';

/**
 * Proposes a team for a stored operation (a supervisor of its unit, or an admin): the staffing
 * engine over the stored officers of the operation's unit — the whole agency when the operation is
 * agency-wide or `scope` is `agency` — their qualifications and records, under the policy in force.
 * The proposal keeps the team, the unfilled roles and every excluded officer with the first gate
 * they fail, worded in the officer's zone.
 */
export async function createProposal(ctx: ServiceContext, actor: Actor, operationId: string, options: { readonly scope?: StaffingScope } = {}): Promise<StoredProposal> {
  const operation = await ctx.store.operations.get(operationId);
  if (operation === undefined) throw notFound('operation', operationId);
  requireAccess(canStaffOperation(actor, operation.unitId), actor, `staff operation ${operationId}`);
  await refuseIfStaffed(ctx.store, operation.id);
  const scope: StaffingScope = operation.unitId === undefined || options.scope === 'agency' ? 'agency' : 'unit';
  const officers = await ctx.store.officers.list(scope === 'unit' && operation.unitId !== undefined ? { unitIds: [operation.unitId] } : {});
  const data = await staffingData(ctx.store, await ctx.policy.current(), operation, officers);
  const result = proposalResult(staffOperation({ operation, officers: data.officers, qualifications: data.qualifications, ledger: data.ledger, policy: data.policy }), data, scope);
  const team = { members: result.team, unfilled: result.unfilled };
  const at = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const stored = await tx.proposals.insert({ operationId, result, team, createdBy: actor.userId, createdAt: at });
    await tx.audit.append([
      auditEntry(actor, at, 'proposal.create', 'proposal', stored.id, undefined, {
        operationId,
        scope,
        ...teamSummary(stored.status, team),
        excluded: result.excluded.length,
      }),
    ]);
    return stored;
  });
}
