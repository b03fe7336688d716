import { canSeeOperation, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { notFound } from '../not-found.ts';
import type { StoredOperation } from '../ports/operation-store.ts';
import type { ServiceContext } from '../service-context.ts';

/** One operation the actor may see; `resource.not-found` if there is none, `access.forbidden` if not theirs to see. */
export async function getOperation(ctx: ServiceContext, actor: Actor, operationId: string): Promise<StoredOperation> {
  const operation = await ctx.store.operations.get(operationId);
  if (operation === undefined) throw notFound('operation', operationId);
  const assigned = actor.role === 'officer' && actor.officerId !== undefined && (await ctx.store.operations.assignedTo(actor.officerId)).some((o) => o.id === operationId);
  requireAccess(canSeeOperation(actor, operation.unitId, assigned), actor, `read operation ${operationId}`);
  return operation;
}
