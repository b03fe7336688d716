import { randomUUID } from 'node:crypto';
import { canManageAccounts, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import { hashPassword } from '../auth/scrypt-password.ts';
import type { Role, UserAccount } from '../ports/user-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { checkAccountScope } from './check-account-scope.ts';
import { checkPassword } from './check-password.ts';
import { userDto } from './user-dto.ts';

export interface NewUserRequest {
  readonly email: string;
  readonly role: Role;
  readonly officerId?: string;
  readonly unitIds?: readonly string[];
  readonly password: string;
}

/**
 * Opens an account (admin only): a unique email (kept lower-case), a password long enough, and
 * what its role needs (see checkAccountScope). Audited as `user.create`, without the hash.
 */
export async function createUser(ctx: ServiceContext, actor: Actor, request: NewUserRequest): Promise<UserAccount> {
  requireAccess(canManageAccounts(actor), actor, 'create accounts');
  const email = request.email.trim().toLowerCase();
  checkPassword(request.password, email);
  const scope = { role: request.role, ...(request.officerId === undefined ? {} : { officerId: request.officerId }), unitIds: [...new Set(request.unitIds ?? [])] };
  await checkAccountScope(ctx.store, scope);
  const now = ctx.clock.now();
  const user: UserAccount = { id: randomUUID(), email, passwordHash: await hashPassword(request.password), ...scope, createdAt: now };
  await ctx.store.transaction(async (tx) => {
    await tx.users.insert(user);
    await tx.audit.append([auditEntry(actor, now, 'user.create', 'user', user.id, undefined, userDto(user))]);
  });
  return user;
}
