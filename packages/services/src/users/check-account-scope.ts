import { AppError } from '@muster/kernel';
import { notFound } from '../not-found.ts';
import type { Role } from '../ports/user-store.ts';
import type { Store } from '../ports/store.ts';

/** What an account speaks for: the fields its role needs. */
export interface AccountScope {
  readonly role: Role;
  readonly officerId?: string;
  readonly unitIds: readonly string[];
}

/**
 * Refuses an account its role cannot work with: an officer account sees only its own officer, so
 * it needs one (`user.officer-required`); a supervisor schedules their units, so needs at least one
 * (`user.units-required`). The officer and units named must exist (`resource.not-found`).
 */
export async function checkAccountScope(store: Store, scope: AccountScope): Promise<void> {
  if (scope.role === 'officer' && scope.officerId === undefined) {
    throw new AppError('user.officer-required', 'An officer account needs the officer it belongs to (officerId); it sees only that officer.', { role: scope.role });
  }
  if (scope.role === 'supervisor' && scope.unitIds.length === 0) {
    throw new AppError('user.units-required', 'A supervisor account needs at least one unit to schedule (unitIds).', { role: scope.role });
  }
  if (scope.officerId !== undefined && (await store.officers.get(scope.officerId)) === undefined) throw notFound('officer', scope.officerId);
  if (scope.unitIds.length === 0) return;
  const known = new Set((await store.units.list()).map((u) => u.id));
  const unknown = scope.unitIds.find((id) => !known.has(id));
  if (unknown !== undefined) throw notFound('unit', unknown);
}
