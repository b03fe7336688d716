import { canSeeOperation, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import type { StoredOperation } from '../ports/operation-store.ts';
import type { ServiceContext } from '../service-context.ts';

/**
 * The operations the actor may see, in start order: all of them for admin, leadership and training;
 * a supervisor's units' and the agency-wide ones; an officer's own assignments. Analysts see none
 * (individual operations name who is on them).
 */
export async function listOperations(ctx: ServiceContext, actor: Actor): Promise<StoredOperation[]> {
  requireAccess(actor.role !== 'analyst', actor, 'list individual operations');
  if (actor.role === 'officer') return actor.officerId === undefined ? [] : ctx.store.operations.assignedTo(actor.officerId);
  return (await ctx.store.operations.list()).filter((o) => canSeeOperation(actor, o.unitId, false));
}
