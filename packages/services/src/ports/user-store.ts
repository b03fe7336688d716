import type { Instant } from '@muster/kernel';

export const ROLES = ['officer', 'supervisor', 'training', 'leadership', 'analyst', 'admin'] as const;
/** What a signed-in user may see and do (see access-rules.ts). */
export type Role = (typeof ROLES)[number];

/** A sign-in account. `unitIds` scope a supervisor; `officerId` ties an account to its officer. */
export interface UserAccount {
  readonly id: string;
  readonly email: string;
  readonly passwordHash: string;
  readonly role: Role;
  readonly officerId?: string;
  readonly unitIds: readonly string[];
  readonly createdAt: Instant;
  readonly disabledAt?: Instant;
}

export interface UserStore {
  byEmail(email: string): Promise<UserAccount | undefined>;
  byId(id: string): Promise<UserAccount | undefined>;
  insert(user: UserAccount): Promise<void>;
  count(): Promise<number>;
}
