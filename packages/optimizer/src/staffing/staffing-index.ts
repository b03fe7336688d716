import { type Instant, MS_PER_HOUR, TimeZone, invariant } from '@muster/kernel';
import { type DutyRecord, type Officer, type OfficerQualification, type Policy, buildDutyPeriods, grantInterval } from '@muster/domain';

/** What staffing reads about one officer, prepared once per dataset (a service keeps it in memory). */
export interface OfficerIndex {
  readonly officer: Officer;
  readonly zone: TimeZone;
  readonly records: readonly DutyRecord[];
  /** Duty periods and the prefix sums of their lengths, for hours in any window by binary search. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly prefixMs: Float64Array;
  /** Grants by qualification id. */
  readonly grants: ReadonlyMap<string, readonly OfficerQualification[]>;
  /** Valid intervals by qualification id, sorted (grantInterval of each grant). */
  readonly validity: ReadonlyMap<string, readonly { from: number; to: number }[]>;
  /** Start of each record, for finding the records near a time by binary search. */
  readonly recordStarts: Float64Array;
  /** Overtime record starts and their prefix hours, for overtime in a month. */
  readonly overtimeStarts: Float64Array;
  readonly overtimePrefixH: Float64Array;
}

/** Builds the staffing index of every officer. */
export function buildStaffingIndex(
  officers: ReadonlyMap<string, Officer>,
  ledger: ReadonlyMap<string, readonly DutyRecord[]>,
  qualifications: ReadonlyMap<string, readonly OfficerQualification[]>,
  policy: Policy,
): OfficerIndex[] {
  const fallback = TimeZone.find(policy.timeZone);
  invariant(fallback, 'policy zone was validated', { zone: policy.timeZone });
  const index: OfficerIndex[] = [];
  // Sorted by id once, so ranking can sort by score alone (stable) and stay deterministic.
  for (const officer of [...officers.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const records = ledger.get(officer.id) ?? [];
    const periods = buildDutyPeriods(records);
    const prefixMs = new Float64Array(periods.count + 1);
    for (let i = 0; i < periods.count; i++) prefixMs[i + 1] = prefixMs[i]! + (periods.ends[i]! - periods.starts[i]!);
    const overtime = records.filter((r) => r.kind === 'overtime');
    const overtimeStarts = Float64Array.from(overtime.map((r) => r.start));
    const overtimePrefixH = new Float64Array(overtime.length + 1);
    overtime.forEach((r, i) => (overtimePrefixH[i + 1] = overtimePrefixH[i]! + (r.end - r.start) / MS_PER_HOUR));
    const grants = new Map<string, OfficerQualification[]>();
    for (const grant of qualifications.get(officer.id) ?? []) grants.set(grant.qualificationId, [...(grants.get(grant.qualificationId) ?? []), grant]);
    const zone = TimeZone.find(officer.timeZone) ?? fallback;
    const validity = new Map([...grants].map(([id, list]) => [id, list.map((g) => grantInterval(g, zone)).sort((a, b) => a.from - b.from)]));
    index.push({
      officer,
      zone,
      records,
      starts: periods.starts,
      ends: periods.ends,
      prefixMs,
      grants,
      validity,
      recordStarts: Float64Array.from(records.map((r) => r.start)),
      overtimeStarts,
      overtimePrefixH,
    });
  }
  return index;
}

/** First index in a sorted array whose value is ≥ `value`. */
export function lowerBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Duty hours of an officer inside [from, to). */
export function dutyHoursIn(entry: OfficerIndex, from: number, to: number): number {
  const first = Math.max(0, lowerBound(entry.ends, from + 1));
  const last = lowerBound(entry.starts, to);
  if (last <= first) return 0;
  let ms = entry.prefixMs[last]! - entry.prefixMs[first]!;
  ms -= Math.max(0, from - entry.starts[first]!);
  ms -= Math.max(0, entry.ends[last - 1]! - to);
  return ms / MS_PER_HOUR;
}

/** Hours of overtime records that start inside [from, to). */
export function overtimeHoursIn(entry: OfficerIndex, from: number, to: number): number {
  return entry.overtimePrefixH[lowerBound(entry.overtimeStarts, to)]! - entry.overtimePrefixH[lowerBound(entry.overtimeStarts, from)]!;
}

export type { Instant };
