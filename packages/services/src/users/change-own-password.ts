import { AppError } from '@muster/kernel';
import type { Actor } from '../access/actor.ts';
import { passwordCheckKeys } from '../auth/login-throttle.ts';
import { verifyPassword } from '../auth/scrypt-password.ts';
import type { ServiceContext } from '../service-context.ts';
import { storePassword } from './store-password.ts';

/**
 * A signed-in user replaces their own password. The current one must be right: a wrong one is
 * `auth.invalid-credentials` and counts as a failed sign-in for the email and address (see
 * LoginThrottle), so a stolen session cannot be used to guess it.
 */
export async function changeOwnPassword(ctx: ServiceContext, actor: Actor, currentPassword: string, newPassword: string, address: string): Promise<void> {
  const keys = passwordCheckKeys(actor.email, address);
  ctx.throttle.check(keys);
  const user = await ctx.store.users.byId(actor.userId);
  if (user === undefined || !(await verifyPassword(currentPassword, user.passwordHash))) {
    ctx.throttle.fail(keys);
    throw new AppError('auth.invalid-credentials', 'The current password is not right.', {});
  }
  ctx.throttle.succeed(keys);
  await storePassword(ctx, actor, user, newPassword, 'self');
}
