import { AppError } from '@muster/kernel';

/**
 * NIST SP 800-63B revision 4 (2024): at least 15 characters where the password is the only factor
 * of sign-in, as it is here (OWASP ASVS 4.0 §2.1.1 asks 12).
 */
export const MIN_PASSWORD_LENGTH = 15;
/** Long enough for any passphrase or manager-made password; bounds the hashing work a request can ask for. */
export const MAX_PASSWORD_LENGTH = 1024;

/**
 * Refuses a password too short, too long, or equal to the account's email (`user.weak-password`).
 * Length is counted in Unicode characters after NFKC, as the hash sees them. No rules of composition
 * (digits, symbols …): NIST 800-63B advises against them, since they make passwords harder to
 * remember, not to guess.
 */
export function checkPassword(password: string, email: string): void {
  const length = [...password.normalize('NFKC')].length;
  const limits = { minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH, length };
  if (length < MIN_PASSWORD_LENGTH) {
    throw new AppError(
      'user.weak-password',
      `A password needs at least ${MIN_PASSWORD_LENGTH} characters; this one has ${length}. Length is what makes it hard to guess: maybe a few unrelated words.`,
      { reason: 'too-short', ...limits },
    );
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw new AppError('user.weak-password', `A password may have at most ${MAX_PASSWORD_LENGTH} characters; this one has ${length}.`, { reason: 'too-long', ...limits });
  }
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    throw new AppError('user.weak-password', "A password may not be the account's email: it is the first thing anyone would try.", { reason: 'equals-email', ...limits });
  }
}
