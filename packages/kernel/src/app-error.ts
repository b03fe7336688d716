/**
 * An expected failure with a stable code (listed in docs/errors.md), its parameters, and a message
 * that names the values and, where it can, ends with a "Maybe …" hint.
 */
export class AppError extends Error {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** A broken assumption of muster's own code (a bug, not bad input): throws with the values involved. */
export function invariant(condition: unknown, message: string, values?: Record<string, unknown>): asserts condition {
  if (!condition) {
    const suffix = values ? ` ${JSON.stringify(values)}` : '';
    throw new Error(`Invariant failed: ${message}${suffix}`);
  }
}
