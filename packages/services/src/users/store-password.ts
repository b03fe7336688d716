import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import { hashPassword } from '../auth/scrypt-password.ts';
import { notFound } from '../not-found.ts';
import type { UserAccount } from '../ports/user-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { checkPassword } from './check-password.ts';

/**
 * Checks a new password (see checkPassword), stores its hash and audits `user.password`, naming
 * who set it but never the password or either hash. Sessions already open stay open.
 */
export async function storePassword(ctx: ServiceContext, actor: Actor, user: UserAccount, password: string, setBy: 'admin' | 'self'): Promise<void> {
  checkPassword(password, user.email);
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    if ((await tx.users.update(user.id, { passwordHash })) === undefined) throw notFound('user', user.id);
    await tx.audit.append([auditEntry(actor, now, 'user.password', 'user', user.id, undefined, { email: user.email, setBy })]);
  });
}
