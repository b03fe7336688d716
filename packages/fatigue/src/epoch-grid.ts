import { type Instant, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, type TimeZone, invariant } from '@muster/kernel';

/** A sleep episode [start, end): asleep from `start`, awake again at `end`. */
export interface SleepInterval {
  readonly start: Instant;
  readonly end: Instant;
}

export interface EpochGridSpec {
  /** First epoch of the series. */
  readonly start: Instant;
  /** Last epoch of the series (inclusive). */
  readonly end: Instant;
  /** Epoch length in minutes (5 by default in muster and FIPS). */
  readonly epochMinutes: number;
  /** Zone whose local clock gives the time of day that drives the circadian terms. */
  readonly zone: TimeZone;
  /** Sleep episodes; need not be sorted. Touching or overlapping episodes become one bout. */
  readonly sleep: readonly SleepInterval[];
}

/**
 * The epochs of a fatigue series and their sleep/wake status: one row per epoch from `start` to
 * `end` inclusive, stepped in elapsed time. Homeostatic terms use elapsed hours; the circadian
 * terms read the local clock (`timeOfDayH`), so the clock change on a daylight-saving night
 * shifts circadian input by an hour, as it shifts the officer's day.
 */
export interface EpochGrid {
  readonly count: number;
  readonly start: Instant;
  readonly epochMs: number;
  /** 1 awake, 0 asleep. */
  readonly awake: Uint8Array;
  /** Index of the first row of the bout each row belongs to. */
  readonly boutStart: Int32Array;
  /** Local clock time of each row in decimal hours, 0 ≤ t < 24. */
  readonly timeOfDayH: Float64Array;
}

/**
 * Builds the grid as FIPS's `parse_sleeptimes` does: sleep start and end are rounded to the
 * nearest epoch; an episode marks [start, end) asleep, so the epoch that begins at the end time
 * is the first awake one; everything else is awake.
 */
export function buildEpochGrid(spec: EpochGridSpec): EpochGrid {
  invariant(spec.epochMinutes > 0, 'epoch length must be positive', { epochMinutes: spec.epochMinutes });
  invariant(spec.end >= spec.start, 'series end must not be before its start', { start: spec.start, end: spec.end });
  const epochMs = spec.epochMinutes * MS_PER_MINUTE;
  const count = Math.floor((spec.end - spec.start) / epochMs) + 1;
  const awake = new Uint8Array(count).fill(1);
  for (const episode of spec.sleep) {
    const from = Math.max(0, Math.round((episode.start - spec.start) / epochMs));
    const to = Math.min(count, Math.round((episode.end - spec.start) / epochMs));
    if (to > from) awake.fill(0, from, to);
  }
  const boutStart = new Int32Array(count);
  const timeOfDayH = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    boutStart[k] = k > 0 && awake[k] === awake[k - 1] ? boutStart[k - 1]! : k;
    const wall = spec.zone.toWallClock((spec.start + k * epochMs) as Instant);
    timeOfDayH[k] = (((wall % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_HOUR;
  }
  return { count, start: spec.start, epochMs, awake, boutStart, timeOfDayH };
}

/** Hours since the series start of row `k`. */
export function hoursSinceStart(grid: EpochGrid, k: number): number {
  return (k * grid.epochMs) / MS_PER_HOUR;
}

/** Hours since the current bout began, at row `k` (0 on a bout's first row). */
export function statusDurationH(grid: EpochGrid, k: number): number {
  return ((k - grid.boutStart[k]!) * grid.epochMs) / MS_PER_HOUR;
}
