import type { UserAccount } from '../ports/user-store.ts';

/**
 * An account as the wire and the audit log show it: never the password hash. Instants in UTC
 * ISO 8601; `officerId` and `disabledAt` null when absent.
 */
export function userDto(u: UserAccount) {
  return {
    id: u.id,
    email: u.email,
    role: u.role,
    officerId: u.officerId ?? null,
    unitIds: [...u.unitIds],
    createdAt: new Date(u.createdAt).toISOString(),
    disabledAt: u.disabledAt === undefined ? null : new Date(u.disabledAt).toISOString(),
  };
}

export type UserDto = ReturnType<typeof userDto>;
