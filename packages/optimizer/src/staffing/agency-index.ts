import { MS_PER_HOUR } from '@muster/kernel';

const DAY_MS = 86_400_000;

/** What the agency index reads of each officer's own index (staffing-index.ts). */
interface OfficerTimes {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly overtimeStarts: Float64Array;
  readonly overtimePrefixH: Float64Array;
  readonly periodFirstRecord: Int32Array;
}

/**
 * Every officer's duty periods and overtime in contiguous arrays bucketed by the UTC day they
 * start on (compressed rows, one bucket per day), so that "who is on duty in this window" and
 * "how many hours did each officer work in the week before" are a sequential scan of a few days'
 * buckets rather than a search in each officer's own arrays — twenty thousand scattered searches
 * are twenty thousand cache misses. Built once per dataset with the per-officer index.
 */
export interface AgencyIndex {
  /** UTC day number of bucket 0, and how many buckets. */
  readonly firstDay: number;
  readonly days: number;
  readonly periods: Buckets;
  /** Longest duty period (ms): how far before a window a period that overlaps it can start. */
  readonly longestPeriodMs: number;
  readonly overtime: Buckets;
}

/** Entries grouped by start day: entries of day d are dayStart[d] … dayStart[d + 1] − 1. */
export interface Buckets {
  readonly dayStart: Int32Array;
  readonly officer: Int32Array;
  readonly start: Float64Array;
  /** Period end (periods), or hours (overtime). */
  readonly value: Float64Array;
  /** Periods: index of the period's first record in the officer's records. */
  readonly ref: Int32Array;
}

export function buildAgencyIndex(officers: readonly OfficerTimes[]): AgencyIndex {
  let first = Infinity;
  let last = -Infinity;
  let longestPeriodMs = 0;
  for (const entry of officers) {
    const n = entry.starts.length;
    if (n > 0) {
      first = Math.min(first, entry.starts[0]!);
      last = Math.max(last, entry.starts[n - 1]!);
    }
    for (let i = 0; i < n; i++) longestPeriodMs = Math.max(longestPeriodMs, entry.ends[i]! - entry.starts[i]!);
    const m = entry.overtimeStarts.length;
    if (m > 0) {
      first = Math.min(first, entry.overtimeStarts[0]!);
      last = Math.max(last, entry.overtimeStarts[m - 1]!);
    }
  }
  const firstDay = Number.isFinite(first) ? Math.floor(first / DAY_MS) : 0;
  const days = Number.isFinite(last) ? Math.floor(last / DAY_MS) - firstDay + 1 : 0;
  const periods = bucket(
    officers,
    firstDay,
    days,
    (entry) => entry.starts.length,
    (entry, i) => entry.starts[i]!,
    (entry, i) => entry.ends[i]!,
    (entry, i) => entry.periodFirstRecord[i]!,
  );
  const overtime = bucket(
    officers,
    firstDay,
    days,
    (entry) => entry.overtimeStarts.length,
    (entry, i) => entry.overtimeStarts[i]!,
    (entry, i) => entry.overtimePrefixH[i + 1]! - entry.overtimePrefixH[i]!,
    () => 0,
  );
  return { firstDay, days, periods, longestPeriodMs, overtime };
}

function bucket(
  officers: readonly OfficerTimes[],
  firstDay: number,
  days: number,
  count: (entry: OfficerTimes) => number,
  startOf: (entry: OfficerTimes, i: number) => number,
  valueOf: (entry: OfficerTimes, i: number) => number,
  refOf: (entry: OfficerTimes, i: number) => number,
): Buckets {
  const dayStart = new Int32Array(days + 1);
  let total = 0;
  officers.forEach((entry) => {
    const n = count(entry);
    total += n;
    for (let i = 0; i < n; i++) dayStart[Math.floor(startOf(entry, i) / DAY_MS) - firstDay + 1]!++;
  });
  for (let d = 0; d < days; d++) dayStart[d + 1]! += dayStart[d]!;
  const fill = dayStart.slice(0, days);
  const officer = new Int32Array(total);
  const start = new Float64Array(total);
  const value = new Float64Array(total);
  const ref = new Int32Array(total);
  officers.forEach((entry, o) => {
    const n = count(entry);
    for (let i = 0; i < n; i++) {
      const at = startOf(entry, i);
      const k = fill[Math.floor(at / DAY_MS) - firstDay]!++;
      officer[k] = o;
      start[k] = at;
      value[k] = valueOf(entry, i);
      ref[k] = refOf(entry, i);
    }
  });
  return { dayStart, officer, start, value, ref };
}

/** Entries of the buckets of the days that [from, to) touches, from `backMs` earlier. */
function scan(index: AgencyIndex, buckets: Buckets, from: number, to: number, backMs: number, visit: (k: number) => void): void {
  const a = Math.max(0, Math.floor((from - backMs) / DAY_MS) - index.firstDay);
  const b = Math.min(index.days - 1, Math.floor((to - 1) / DAY_MS) - index.firstDay);
  if (b < a) return;
  for (let k = buckets.dayStart[a]!; k < buckets.dayStart[b + 1]!; k++) visit(k);
}

/**
 * Per officer (by index position): duty hours inside [from, to) into `hours`; and into `busy`,
 * 0 when no duty period overlaps [busyFrom, busyTo), else 1 + the index (in the officer's records)
 * of the first record of the earliest period that does. Both arrays are overwritten.
 */
export function dutyHoursAndBusy(
  index: AgencyIndex,
  from: number,
  to: number,
  busyFrom: number,
  busyTo: number,
  hours: Float64Array,
  busy: Int32Array,
  busyStart: Float64Array = new Float64Array(busy.length),
): void {
  hours.fill(0);
  busy.fill(0);
  const { periods } = index;
  scan(index, periods, Math.min(from, busyFrom), Math.max(to, busyTo), index.longestPeriodMs, (k) => {
    const s = periods.start[k]!;
    const e = periods.value[k]!;
    const o = periods.officer[k]!;
    const overlap = Math.min(e, to) - Math.max(s, from);
    if (overlap > 0) hours[o]! += overlap; // whole milliseconds: exact, divided once below
    if (s < busyTo && e > busyFrom && (busy[o] === 0 || s < busyStart[o]!)) {
      busy[o] = 1 + periods.ref[k]!;
      busyStart[o] = s;
    }
  });
  for (let o = 0; o < hours.length; o++) hours[o]! /= MS_PER_HOUR;
}

/** Per officer: hours of overtime records that start inside [from, to), into `hours` (zeroed first). */
export function overtimeHoursBetween(index: AgencyIndex, from: number, to: number, hours: Float64Array): void {
  hours.fill(0);
  const { overtime } = index;
  scan(index, overtime, from, to, 0, (k) => {
    const s = overtime.start[k]!;
    if (s >= from && s < to) hours[overtime.officer[k]!]! += overtime.value[k]!;
  });
}
