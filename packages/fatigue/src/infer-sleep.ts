import { type Instant, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, type TimeZone } from '@muster/kernel';
import type { AssumedSleep, SleepRule } from './assumed-sleep.ts';
import type { SleepInterval } from './epoch-grid.ts';
import { SLEEP_INFERENCE_DEFAULTS, type SleepInferenceParameters } from './sleep-inference-parameters.ts';

/** Minutes after local midnight of an "HH:MM" text. */
export function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * Expected sleep between `from` and `to` for an officer with these duty periods (sorted,
 * non-overlapping), by these rules, in order:
 *
 * 1. Around every duty the officer is awake: from `commute + preparation` before it starts to
 *    `commute + wind-down` after it ends.
 * 2. Habitual night: each local night the officer sleeps in the habitual window, minus the time
 *    rule 1 keeps them awake. A bedtime pushed late by a duty lets them sleep later, by up to
 *    `lateWakeExtensionHours`; an early start makes them go to bed earlier, by up to
 *    `earlyBedtimeAdvanceHours`.
 * 3. After a duty that takes the night (covers the middle of the habitual window), the officer
 *    sleeps `recoverySleepHours` as soon as rule 1 allows, cut short by the next duty.
 * 4. Optionally, a nap of `napHours` just before the first night duty of a run.
 * 5. Pieces shorter than `minSleepMinutes` are not sleep; touching or overlapping pieces merge.
 */
export function inferSleep(
  duties: readonly SleepInterval[],
  zone: TimeZone,
  from: Instant,
  to: Instant,
  params: SleepInferenceParameters = SLEEP_INFERENCE_DEFAULTS,
): AssumedSleep[] {
  const before = (params.commuteMinutes + params.preparationMinutes) * MS_PER_MINUTE;
  const after = (params.commuteMinutes + params.windDownMinutes) * MS_PER_MINUTE;
  const blocked = duties.map((d) => ({ start: d.start - before, end: d.end + after }));
  const sleepStart = clockMinutes(params.habitualSleepStart) * MS_PER_MINUTE;
  const sleepEnd = clockMinutes(params.habitualSleepEnd) * MS_PER_MINUTE;
  const windowCrossesMidnight = sleepEnd <= sleepStart;
  const candidates: { start: number; end: number; rule: SleepRule }[] = [];
  const takesNight: boolean[] = duties.map(() => false);

  let next = 0; // first duty that may still cover a night's middle (duties are sorted)
  for (let day = zone.localDayOf(from) - 1; day <= zone.localDayOf(to); day++) {
    const start = zone.toInstantLenient(day * MS_PER_DAY + sleepStart);
    const end = zone.toInstantLenient((windowCrossesMidnight ? day + 1 : day) * MS_PER_DAY + sleepEnd);
    const middle = start + (end - start) / 2;
    // A duty over the middle of the night takes that night: no habitual sleep, recovery after it.
    while (next < duties.length && duties[next]!.end <= middle) next++;
    if (next < duties.length && duties[next]!.start <= middle) {
      takesNight[next] = true;
      continue;
    }
    const pieces = subtract({ start, end }, blocked);
    if (pieces.length === 0) continue;
    // The longest piece is the night's sleep; move its edges as a late or early duty asks.
    const main = pieces.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    let mainStart = main.start;
    let mainEnd = main.end;
    if (mainStart > start) mainEnd = Math.max(mainEnd, Math.min(mainEnd + (mainStart - start), end + params.lateWakeExtensionHours * MS_PER_HOUR));
    if (mainEnd < end) mainStart = Math.min(mainStart, Math.max(mainStart - (end - mainEnd), start - params.earlyBedtimeAdvanceHours * MS_PER_HOUR));
    candidates.push({ start: mainStart, end: mainEnd, rule: 'habitual-night' });
  }

  duties.forEach((duty, i) => {
    if (!takesNight[i]) return;
    const start = duty.end + after;
    candidates.push({ start, end: start + params.recoverySleepHours * MS_PER_HOUR, rule: 'after-night-duty' });
    const firstOfRun = i === 0 || !takesNight[i - 1] || duty.start - duties[i - 1]!.end > MS_PER_DAY;
    if (params.preNightNap && firstOfRun) {
      const napEnd = duty.start - before;
      candidates.push({ start: napEnd - params.napHours * MS_PER_HOUR, end: napEnd, rule: 'pre-night-nap' });
    }
  });

  const minSleep = params.minSleepMinutes * MS_PER_MINUTE;
  const pieces: { start: number; end: number; rule: SleepRule }[] = [];
  for (const candidate of candidates) {
    for (const piece of subtract(candidate, blocked)) {
      if (piece.end - piece.start >= minSleep && piece.end > from && piece.start < to) pieces.push({ start: piece.start, end: piece.end, rule: candidate.rule });
    }
  }
  pieces.sort(byStart);
  const merged: AssumedSleep[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && piece.start <= last.end) {
      if (piece.end > last.end) merged[merged.length - 1] = { ...last, end: piece.end as Instant };
    } else {
      merged.push({ start: piece.start as Instant, end: piece.end as Instant, source: 'inferred', rule: piece.rule });
    }
  }
  return merged;
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

/** `interval` minus every blocked interval (sorted, as duties are), as pieces in time order. */
function subtract(interval: { start: number; end: number }, blocked: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  // Blocked intervals keep the duties' order and their ends rise; find the first that can overlap.
  let lo = 0;
  let hi = blocked.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blocked[mid]!.end <= interval.start) lo = mid + 1;
    else hi = mid;
  }
  const pieces: { start: number; end: number }[] = [];
  let cursor = interval.start;
  for (let i = lo; i < blocked.length && blocked[i]!.start < interval.end; i++) {
    const b = blocked[i]!;
    if (b.start > cursor) pieces.push({ start: cursor, end: b.start });
    cursor = Math.max(cursor, b.end);
  }
  if (cursor < interval.end) pieces.push({ start: cursor, end: interval.end });
  return pieces;
}
