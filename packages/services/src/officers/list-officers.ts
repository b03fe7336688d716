import type { Officer } from '@muster/domain';
import { officerScope, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import type { ServiceContext } from '../service-context.ts';

export interface OfficerQuery {
  readonly unitId?: string;
  readonly limit: number;
  readonly offset: number;
}

/** The officers the actor may see (optionally of one unit), in id order, a page at a time. */
export async function listOfficers(ctx: ServiceContext, actor: Actor, query: OfficerQuery): Promise<{ items: Officer[]; total: number }> {
  const scope = officerScope(actor);
  requireAccess(scope.kind !== 'none', actor, 'list individual officers');
  let officers: Officer[];
  if (scope.kind === 'self') officers = await ctx.store.officers.list({ ids: [scope.officerId] });
  else if (scope.kind === 'units')
    officers = await ctx.store.officers.list({ unitIds: query.unitId === undefined ? scope.unitIds : scope.unitIds.filter((u) => u === query.unitId) });
  else officers = await ctx.store.officers.list(query.unitId === undefined ? {} : { unitIds: [query.unitId] });
  if (query.unitId !== undefined) officers = officers.filter((o) => o.unit === query.unitId);
  return { items: officers.slice(query.offset, query.offset + query.limit), total: officers.length };
}
