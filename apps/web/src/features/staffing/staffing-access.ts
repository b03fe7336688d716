import type { Me } from '../../api-client/wire-types.ts';

// What the screens offer to whom; the API decides each request again (access-rules.ts).

/** A supervisor of the unit or an admin plans, proposes and decides (agency-wide: an admin only). */
export function mayStaff(me: Me, unitId: string | null): boolean {
  return me.role === 'admin' || (unitId !== null && me.role === 'supervisor' && me.unitIds.includes(unitId));
}

/** Leadership reads every proposal; those who staff an operation read its own. */
export function mayReadProposals(me: Me, unitId: string | null): boolean {
  return me.role === 'leadership' || mayStaff(me, unitId);
}

/** Who may create an operation at all: an admin, or a supervisor with a unit. */
export function mayPlan(me: Me): boolean {
  return me.role === 'admin' || (me.role === 'supervisor' && me.unitIds.length > 0);
}
