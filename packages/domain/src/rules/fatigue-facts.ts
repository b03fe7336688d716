import type { Instant } from '@muster/kernel';
import type { AssumedSleep } from '@muster/fatigue';

/**
 * Facts every fatigue finding carries about the sleep it assumed: the last sleep that ended before
 * the duty began, when, for how long, and whether it was logged or inferred (and by which rule).
 */
export function sleepBeforeFacts(sleep: readonly AssumedSleep[], dutyStart: Instant): Record<string, string | number> {
  // Binary search for the last episode ending at or before the duty's start (sleep is sorted).
  let lo = 0;
  let hi = sleep.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sleep[mid]!.end <= dutyStart) lo = mid + 1;
    else hi = mid;
  }
  const last = sleep[lo - 1];
  if (!last) return { sleepRule: 'steady-state' };
  return { sleepStart: last.start, sleepEnd: last.end, sleepSource: last.source, sleepRule: last.rule };
}
