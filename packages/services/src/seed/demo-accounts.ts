import type { Officer, Unit } from '@muster/domain';
import { ROLES, type Role } from '../ports/user-store.ts';

/** A demo sign-in: `<role>@demo.muster`, with the officer or units it speaks for. */
export interface DemoAccount {
  readonly email: string;
  readonly role: Role;
  readonly officerId?: string;
  readonly unitIds: readonly string[];
}

export const DEMO_EMAIL_DOMAIN = 'demo.muster';

/**
 * One account per role. The supervisor schedules the first unit; the officer is the first officer
 * of that unit, so the two demo users see each other's side of the same roster.
 */
export function demoAccounts(units: readonly Unit[], officers: readonly Officer[]): DemoAccount[] {
  const firstUnit = units[0];
  const officer = officers.find((o) => o.unit === firstUnit?.id);
  return ROLES.map((role) => ({
    email: `${role}@${DEMO_EMAIL_DOMAIN}`,
    role,
    ...(role === 'officer' && officer !== undefined ? { officerId: officer.id } : {}),
    unitIds: role === 'supervisor' && firstUnit !== undefined ? [firstUnit.id] : [],
  }));
}
