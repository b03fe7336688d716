import { canManageAccounts, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import type { UserAccount } from '../ports/user-store.ts';
import type { ServiceContext } from '../service-context.ts';

/** Every account, disabled ones too, in email order (admin only). */
export async function listUsers(ctx: ServiceContext, actor: Actor): Promise<UserAccount[]> {
  requireAccess(canManageAccounts(actor), actor, 'list accounts');
  return ctx.store.users.list();
}
