import { AppError, type Clock, type Instant } from '@muster/kernel';

/** Failed sign-ins allowed per key (an email, an address) within the window before refusing. */
export interface ThrottleLimits {
  readonly maxFailures: number;
  readonly windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: ThrottleLimits = { maxFailures: 10, windowMs: 15 * 60_000 };

/** The keys a password check counts against: the account's email and the caller's address. */
export const passwordCheckKeys = (email: string, address: string): string[] => [`email:${email.toLowerCase()}`, `address:${address}`];

/**
 * Slows password guessing: after `maxFailures` failed sign-ins for one email or from one address in
 * the window, further attempts are refused until the oldest failure leaves the window. In memory:
 * a restart forgets, which is acceptable for one process (a shared store would serve several).
 */
export class LoginThrottle {
  readonly #failures = new Map<string, Instant[]>();
  constructor(
    private readonly clock: Clock,
    private readonly limits: ThrottleLimits = DEFAULT_LOGIN_LIMITS,
  ) {}

  /** Throws `auth.rate-limited` (with the seconds to wait) if any key is over its limit. */
  check(keys: readonly string[]): void {
    const now = this.clock.now();
    for (const key of keys) {
      const recent = this.#recent(key, now);
      if (recent.length >= this.limits.maxFailures) {
        const retryAfterSeconds = Math.ceil((recent[0]! + this.limits.windowMs - now) / 1000);
        throw new AppError('auth.rate-limited', `Too many failed sign-ins; try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
      }
    }
  }

  fail(keys: readonly string[]): void {
    const now = this.clock.now();
    for (const key of keys) this.#failures.set(key, [...this.#recent(key, now), now]);
  }

  succeed(keys: readonly string[]): void {
    for (const key of keys) this.#failures.delete(key);
  }

  #recent(key: string, now: Instant): Instant[] {
    return (this.#failures.get(key) ?? []).filter((at) => at > now - this.limits.windowMs);
  }
}
