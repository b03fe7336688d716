import type { Officer } from '@muster/domain';
import { officerScope, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { notFound } from '../not-found.ts';
import type { ServiceContext } from '../service-context.ts';

/**
 * The officers the actor may see — of one unit when `unitId` is given — in id order. Refused
 * (`access.forbidden`, naming `what`) to an account that sees no individual officer, and to a
 * supervisor naming a unit that is not theirs; an unknown unit is `resource.not-found`.
 */
export async function visibleOfficers(ctx: ServiceContext, actor: Actor, unitId: string | undefined, what: string): Promise<Officer[]> {
  const scope = officerScope(actor);
  requireAccess(scope.kind !== 'none', actor, what);
  if (unitId !== undefined) {
    requireAccess(scope.kind !== 'units' || scope.unitIds.includes(unitId), actor, `${what} of unit ${unitId}`);
    if ((await ctx.store.units.get(unitId)) === undefined) throw notFound('unit', unitId);
  }
  const units = unitId === undefined ? undefined : [unitId];
  if (scope.kind === 'self') return (await ctx.store.officers.list({ ids: [scope.officerId] })).filter((o) => unitId === undefined || o.unit === unitId);
  if (scope.kind === 'units') return ctx.store.officers.list({ unitIds: units ?? scope.unitIds });
  return ctx.store.officers.list(units === undefined ? {} : { unitIds: units });
}
