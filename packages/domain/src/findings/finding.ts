import type { Instant } from '@muster/kernel';

export type FindingLevel = 'warn' | 'block';

/** What a rule measures, as shown beside the number. */
export type MeasureUnit = 'h' | 'days' | 'nights' | 'KSS' | 'lapses' | 'index';

/**
 * A rule's verdict on part of an officer's record: data, not prose. The English sentence is
 * rendered late from the message file (`messages/en.ts`) keyed by `ruleId`.
 */
export interface Finding {
  readonly ruleId: string;
  readonly level: FindingLevel;
  readonly officerId: string;
  /** The span the finding is about (a duty period, a rest gap, a window, a run of days). */
  readonly start: Instant;
  readonly end: Instant;
  /** The measured value in `unit`. */
  readonly measured: number;
  /** The policy threshold that `measured` crossed, in `unit`. */
  readonly limit: number;
  readonly unit: MeasureUnit;
  /** Rule-specific facts the message names (dates, counts, qualification ids). */
  readonly facts: Readonly<Record<string, string | number>>;
}

export const LEVEL_ORDER: Readonly<Record<FindingLevel, number>> = { warn: 1, block: 2 };
