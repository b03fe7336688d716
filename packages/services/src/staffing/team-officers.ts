import type { Officer } from '@muster/domain';
import { canScheduleUnit, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { notFound } from '../not-found.ts';
import type { StoredOperation } from '../ports/operation-store.ts';
import type { ServiceContext } from '../service-context.ts';
import type { Assignment } from './check-team.ts';
import { type StaffingData, staffingData } from './staffing-data.ts';

/**
 * The officers of a team the actor is about to put on duty — each must exist and be theirs to
 * schedule (a supervisor of the officer's unit, or an admin) — and what the gates read about them.
 */
export async function teamOfficers(
  ctx: ServiceContext,
  actor: Actor,
  operation: StoredOperation,
  team: readonly Assignment[],
): Promise<{ readonly officers: Officer[]; readonly data: StaffingData }> {
  const ids = [...new Set(team.map((a) => a.officerId))];
  const officers = await ctx.store.officers.list({ ids });
  for (const id of ids) {
    const officer = officers.find((o) => o.id === id);
    if (officer === undefined) throw notFound('officer', id);
    requireAccess(canScheduleUnit(actor, officer.unit), actor, `put officer ${id} of unit ${officer.unit} on operation ${operation.id}`);
  }
  return { officers, data: await staffingData(ctx.store, await ctx.policy.current(), operation, officers) };
}
