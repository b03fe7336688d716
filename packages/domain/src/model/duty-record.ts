import type { Instant } from '@muster/kernel';

export const DUTY_KINDS = ['regular', 'overtime', 'training', 'court', 'on_call', 'travel'] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

/** One entry of the duty-time ledger: an officer working (or on call) from `start` to `end`. */
export interface DutyRecord {
  readonly officerId: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly kind: DutyKind;
  readonly operationId?: string;
  readonly role?: string;
  /** Where the record came from, for messages that point back at the input (1-based line). */
  readonly line?: number;
}

/** Whether a record of this kind counts as duty. Being on call is not duty; a callback is. */
export function isDutyKind(kind: DutyKind): boolean {
  return kind !== 'on_call';
}
