import { type DutyRecord, isDutyKind } from '@muster/domain';
import { MS_PER_HOUR, type Instant, type TimeZone } from '@muster/kernel';
import type { ScheduleLimits } from './schedule-limits.ts';

/**
 * One officer's records while the demo lays them out: kept sorted by start, with a check of
 * whether one more duty still keeps given limits. An officer has a few dozen records, so the
 * check simply re-merges them; that is fast enough for thousands of officers.
 */
export class OfficerLedger {
  readonly officerId: string;
  readonly zone: TimeZone;
  readonly #records: DutyRecord[] = [];

  constructor(officerId: string, zone: TimeZone) {
    this.officerId = officerId;
    this.zone = zone;
  }

  /** The records, sorted by start (then end). */
  get records(): readonly DutyRecord[] {
    return this.#records;
  }

  add(record: DutyRecord): void {
    const records = this.#records;
    let lo = 0;
    let hi = records.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = records[mid]!;
      if (other.start < record.start || (other.start === record.start && other.end <= record.end)) lo = mid + 1;
      else hi = mid;
    }
    records.splice(lo, 0, record);
  }

  /** Adds `record` when {@link fits} says it keeps `limits`; returns whether it did. */
  tryAdd(record: DutyRecord, limits: ScheduleLimits): boolean {
    if (!this.fits(record.start, record.end, limits)) return false;
    this.add(record);
    return true;
  }

  has(record: DutyRecord): boolean {
    return this.#records.includes(record);
  }

  remove(record: DutyRecord): void {
    const index = this.#records.indexOf(record);
    if (index >= 0) this.#records.splice(index, 1);
  }

  /** Whether a duty from `start` to `end` (on top of the records) keeps every limit around it. */
  fits(start: Instant, end: Instant, limits: ScheduleLimits): boolean {
    const periods = this.#periodsWith(start, end);
    const at = periods.findIndex(([from, to]) => from <= start && to >= end);
    const [from, to] = periods[at]!;
    if (to - from > limits.maxPeriodHours * MS_PER_HOUR) return false;
    const minRest = limits.minRestHours * MS_PER_HOUR;
    const previous = periods[at - 1];
    const next = periods[at + 1];
    if (previous && from - previous[1] < minRest) return false;
    if (next && next[0] - to < minRest) return false;
    if (this.#workedRun(periods, from, to) > limits.maxWorkedDays) return false;
    return (
      maxWindowHours(periods, from, to, 48) <= limits.maxHours48h &&
      maxWindowHours(periods, from, to, 96) <= limits.maxHours96h &&
      maxWindowHours(periods, from, to, 168) <= limits.maxHours7d
    );
  }

  // Duty periods (records that overlap or touch, joined) with the candidate included, by start.
  #periodsWith(start: number, end: number): [number, number][] {
    const periods: [number, number][] = [];
    const push = (from: number, to: number): void => {
      const last = periods[periods.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else periods.push([from, to]);
    };
    let placed = false;
    for (const record of this.#records) {
      if (!isDutyKind(record.kind)) continue;
      if (!placed && start < record.start) {
        push(start, end);
        placed = true;
      }
      push(record.start, record.end);
    }
    if (!placed) push(start, end);
    return periods;
  }

  // Local days in a row that hold duty, through the period [from, to).
  #workedRun(periods: readonly [number, number][], from: number, to: number): number {
    const worked = new Set<number>();
    for (const [start, end] of periods) {
      const last = this.zone.localDayOf((end - 1) as Instant);
      for (let day = this.zone.localDayOf(start as Instant); day <= last; day++) worked.add(day);
    }
    let first = this.zone.localDayOf(from as Instant);
    let last = this.zone.localDayOf((to - 1) as Instant);
    while (worked.has(first - 1)) first--;
    while (worked.has(last + 1)) last++;
    return last - first + 1;
  }
}

// The most duty hours in a window [s, s + windowHours) that starts a duty period and overlaps
// [from, to), the way the rolling-hours rules measure them.
function maxWindowHours(periods: readonly [number, number][], from: number, to: number, windowHours: number): number {
  const windowMs = windowHours * MS_PER_HOUR;
  let most = 0;
  for (const [windowStart] of periods) {
    if (windowStart + windowMs <= from || windowStart >= to) continue;
    let inside = 0;
    for (const [start, end] of periods) {
      if (start >= windowStart + windowMs) break;
      if (end > windowStart) inside += Math.min(end, windowStart + windowMs) - Math.max(start, windowStart);
    }
    most = Math.max(most, inside);
  }
  return most / MS_PER_HOUR;
}
