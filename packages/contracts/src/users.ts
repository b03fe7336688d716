import { z } from 'zod';
import { Me, RoleName } from './auth.ts';
import { DateTime } from './common.ts';

/** An account as an admin sees it: what `/api/me` shows, with its dates; never its password or hash. */
export const UserAccount = Me.extend({ createdAt: DateTime, disabledAt: DateTime.nullable() }).meta({ id: 'UserAccount' });

export const UserList = z.object({ items: z.array(UserAccount) }).meta({ id: 'UserList' });

// Passwords carry no length bounds here: the service answers a short or long one with
// `user.weak-password` and says why (the body limit still caps them).
export const CreateUserRequest = z
  .object({
    email: z.email().max(254),
    role: RoleName,
    officerId: z.string().min(1).max(64).optional(),
    unitIds: z.array(z.string().min(1).max(64)).max(100).optional(),
    password: z.string(),
  })
  .meta({ id: 'CreateUserRequest' });

export const UserChangeRequest = z
  .object({
    role: RoleName.optional(),
    officerId: z.string().min(1).max(64).nullable().optional(),
    unitIds: z.array(z.string().min(1).max(64)).max(100).optional(),
    disabled: z.boolean().optional(),
  })
  .meta({ id: 'UserChangeRequest' });

export const SetPasswordRequest = z.object({ password: z.string() }).meta({ id: 'SetPasswordRequest' });

export const ChangeOwnPasswordRequest = z.object({ currentPassword: z.string().min(1).max(1024), newPassword: z.string() }).meta({ id: 'ChangeOwnPasswordRequest' });
