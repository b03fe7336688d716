import { canManageAccounts, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { notFound } from '../not-found.ts';
import type { ServiceContext } from '../service-context.ts';
import { storePassword } from './store-password.ts';

/** An admin gives an account a new password (a forgotten one, a new hire's first); the old one is not needed. */
export async function setUserPassword(ctx: ServiceContext, actor: Actor, id: string, password: string): Promise<void> {
  requireAccess(canManageAccounts(actor), actor, "set other accounts' passwords");
  const user = await ctx.store.users.byId(id);
  if (user === undefined) throw notFound('user', id);
  await storePassword(ctx, actor, user, password, 'admin');
}
