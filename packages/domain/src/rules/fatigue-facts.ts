import type { Instant } from '@muster/kernel';
import type { AssumedSleep } from '@muster/fatigue';

/**
 * Facts every fatigue finding carries about the sleep it assumed: the last sleep that ended before
 * the duty began, when, for how long, and whether it was logged or inferred (and by which rule).
 */
export function sleepBeforeFacts(sleep: readonly AssumedSleep[], dutyStart: Instant): Record<string, string | number> {
  let last: AssumedSleep | undefined;
  for (const episode of sleep) {
    if (episode.end > dutyStart) break;
    last = episode;
  }
  if (!last) return { sleepRule: 'steady-state' };
  return { sleepStart: last.start, sleepEnd: last.end, sleepSource: last.source, sleepRule: last.rule };
}
