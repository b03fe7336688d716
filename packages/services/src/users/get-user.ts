import { canManageAccounts, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { notFound } from '../not-found.ts';
import type { UserAccount } from '../ports/user-store.ts';
import type { ServiceContext } from '../service-context.ts';

/** One account (admin only). */
export async function getUser(ctx: ServiceContext, actor: Actor, id: string): Promise<UserAccount> {
  requireAccess(canManageAccounts(actor), actor, 'read accounts');
  const user = await ctx.store.users.byId(id);
  if (user === undefined) throw notFound('user', id);
  return user;
}
