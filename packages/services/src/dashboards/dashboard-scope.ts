import type { Unit } from '@muster/domain';
import { notFound } from '../not-found.ts';
import type { Store } from '../ports/store.ts';

/** What a dashboard counts: the whole agency, one field office, or one unit. */
export interface DashboardScopeQuery {
  readonly office?: string;
  readonly unit?: string;
}

/**
 * The units a scope names, in id order: all of them, those of field office `office`, or unit
 * `unit` (which must be in `office` when both are given). A name that matches nothing is
 * `resource.not-found`.
 */
export async function scopeUnits(store: Store, scope: DashboardScopeQuery): Promise<Unit[]> {
  const units = (await store.units.list()).filter((u) => (scope.office === undefined || u.fieldOffice === scope.office) && (scope.unit === undefined || u.id === scope.unit));
  if (units.length === 0 && scope.unit !== undefined) throw notFound(scope.office === undefined ? 'unit' : `unit in field office ${scope.office}`, scope.unit);
  if (units.length === 0 && scope.office !== undefined) throw notFound('field office', scope.office);
  return units.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
