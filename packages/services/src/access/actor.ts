import type { Role } from '../ports/user-store.ts';

/** Who is asking: the signed-in user as the services see them. */
export interface Actor {
  readonly userId: string;
  readonly email: string;
  readonly role: Role;
  /** The officer this account belongs to (an officer's own account; optional for others). */
  readonly officerId?: string;
  /** Units a supervisor schedules. */
  readonly unitIds: readonly string[];
}
