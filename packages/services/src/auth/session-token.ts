import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { AppError, type Instant } from '@muster/kernel';

/** What a token says: whose session it is, until when, and which password it was opened with. */
export interface TokenClaims {
  readonly userId: string;
  readonly expiresAt: Instant;
  /** `passwordStamp` of the password hash at sign-in: a new password ends every older session. */
  readonly stamp: string;
}

/** A short digest of a stored password hash (not of the password): changes whenever the password does. */
export function passwordStamp(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 16);
}

const sign = (key: string, body: string): Buffer => createHmac('sha256', key).update(body).digest();

/** A bearer token: the claims as base64url JSON, a dot, and their HMAC-SHA256 under the service's key. */
export function issueToken(claims: TokenClaims, key: string): string {
  const body = Buffer.from(JSON.stringify({ sub: claims.userId, exp: claims.expiresAt, pst: claims.stamp })).toString('base64url');
  return `${body}.${sign(key, body).toString('base64url')}`;
}

/** The claims of a token this service signed and that has not expired; otherwise a coded error. */
export function readToken(token: string, key: string, now: Instant): TokenClaims {
  const [body, signature, extra] = token.split('.');
  if (body === undefined || signature === undefined || extra !== undefined) throw unauthenticated('is malformed');
  const expected = sign(key, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw unauthenticated('has a bad signature');
  let payload: { sub?: unknown; exp?: unknown; pst?: unknown };
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as typeof payload;
  } catch {
    throw unauthenticated('is malformed');
  }
  if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number' || typeof payload.pst !== 'string') throw unauthenticated('is malformed');
  if (payload.exp <= now) throw new AppError('auth.token-expired', 'The session has expired. Maybe sign in again.', { expiredAt: new Date(payload.exp).toISOString() });
  return { userId: payload.sub, expiresAt: payload.exp as Instant, stamp: payload.pst };
}

function unauthenticated(why: string): AppError {
  return new AppError('auth.unauthenticated', `The bearer token ${why}. Maybe sign in again.`, {});
}
