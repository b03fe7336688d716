import { AppError, type Instant, instant } from '@muster/kernel';
import type { Actor } from '../access/actor.ts';
import type { ServiceContext } from '../service-context.ts';
import { passwordCheckKeys } from './login-throttle.ts';
import { hashPassword, verifyPassword } from './scrypt-password.ts';
import { issueToken, passwordStamp, readToken } from './session-token.ts';

export interface SignInResult {
  readonly token: string;
  readonly expiresAt: Instant;
  readonly actor: Actor;
}

// Compared against when the email is unknown, so a wrong email costs the same time as a wrong
// password and response times do not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

/** Checks an email and password and opens a session; refuses after repeated failures (see LoginThrottle). */
export async function signIn(ctx: ServiceContext, email: string, password: string, address: string): Promise<SignInResult> {
  const keys = passwordCheckKeys(email, address);
  ctx.throttle.check(keys);
  const user = await ctx.store.users.byEmail(email);
  decoyHash ??= hashPassword('decoy password never matches');
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (user === undefined || !matches || user.disabledAt !== undefined) {
    ctx.throttle.fail(keys);
    throw new AppError('auth.invalid-credentials', 'The email or password is not right.', {});
  }
  ctx.throttle.succeed(keys);
  const expiresAt = instant(ctx.clock.now() + ctx.sessionMs);
  return { token: issueToken({ userId: user.id, expiresAt, stamp: passwordStamp(user.passwordHash) }, ctx.tokenKey), expiresAt, actor: actorOf(user) };
}

/**
 * The actor a bearer token speaks for. The account is read afresh on every request, so a disabled
 * account, and a session opened before the password changed, stop at once.
 */
export async function authenticate(ctx: ServiceContext, token: string): Promise<Actor> {
  const claims = readToken(token, ctx.tokenKey, ctx.clock.now());
  const user = await ctx.store.users.byId(claims.userId);
  if (user === undefined || user.disabledAt !== undefined) throw new AppError('auth.unauthenticated', 'The account of this session no longer exists or is disabled.', {});
  if (claims.stamp !== passwordStamp(user.passwordHash))
    throw new AppError('auth.unauthenticated', 'The password of this account changed after this session began. Maybe sign in again.', {});
  return actorOf(user);
}

function actorOf(user: { id: string; email: string; role: Actor['role']; officerId?: string; unitIds: readonly string[] }): Actor {
  return { userId: user.id, email: user.email, role: user.role, ...(user.officerId === undefined ? {} : { officerId: user.officerId }), unitIds: user.unitIds };
}
