import type { Instant } from '@muster/kernel';

/** Which rule produced an assumed sleep episode (documented in docs/fatigue/sleep-inference.md). */
export type SleepRule = 'logged' | 'habitual-night' | 'after-night-duty' | 'pre-night-nap' | 'steady-state';

/** A sleep episode a prediction relies on, and where it came from. */
export interface AssumedSleep {
  readonly start: Instant;
  readonly end: Instant;
  readonly source: 'logged' | 'inferred';
  readonly rule: SleepRule;
}
