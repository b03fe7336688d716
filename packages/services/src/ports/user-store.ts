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

/** The fields of an account a change may set; `null` clears `officerId`, and enables a disabled account. */
export interface UserChange {
  readonly role?: Role;
  readonly officerId?: string | null;
  readonly unitIds?: readonly string[];
  readonly passwordHash?: string;
  readonly disabledAt?: Instant | null;
}

export interface UserStore {
  byEmail(email: string): Promise<UserAccount | undefined>;
  byId(id: string): Promise<UserAccount | undefined>;
  /** Every account, disabled ones too, in email order. */
  list(): Promise<UserAccount[]>;
  /** Stores the email lower-case; throws `user.email-taken` if another account has it (any case). */
  insert(user: UserAccount): Promise<void>;
  /** The account as changed, or undefined when there is none with that id. */
  update(id: string, change: UserChange): Promise<UserAccount | undefined>;
  /**
   * Ids of the enabled admin accounts, locked until the transaction ends: two admins demoting or
   * disabling each other at once cannot leave the agency with none.
   */
  lockEnabledAdmins(): Promise<string[]>;
  count(): Promise<number>;
}
