import { canSeeAggregates, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import type { ServiceContext } from '../service-context.ts';

/** A field office and its units, as the dashboards' scope picker lists them. */
export interface DashboardOffice {
  readonly name: string;
  readonly units: { readonly id: string; readonly name: string; readonly timeZone: string }[];
}

/** The field offices and units a dashboard can be scoped to, by name (every unit: dashboards are agency-wide aggregates). */
export async function dashboardScopes(ctx: ServiceContext, actor: Actor): Promise<DashboardOffice[]> {
  requireAccess(canSeeAggregates(actor), actor, 'read the agency dashboards');
  const offices = new Map<string, { id: string; name: string; timeZone: string }[]>();
  for (const unit of await ctx.store.units.list()) {
    const units = offices.get(unit.fieldOffice) ?? [];
    units.push({ id: unit.id, name: unit.name, timeZone: unit.timeZone });
    offices.set(unit.fieldOffice, units);
  }
  return [...offices].sort(([a], [b]) => a.localeCompare(b)).map(([name, units]) => ({ name, units: units.sort((a, b) => a.name.localeCompare(b.name)) }));
}
