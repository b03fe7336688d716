import { type Instant, MS_PER_HOUR, TimeZone, invariant } from '@muster/kernel';
import { type AgencyIndex, buildAgencyIndex } from './agency-index.ts';
import { type DutyRecord, type Officer, type OfficerQualification, type Policy, buildDutyPeriods, grantInterval, isDutyKind } from '@muster/domain';

/** What staffing reads about one officer, prepared once per dataset (a service keeps it in memory). */
export interface OfficerIndex {
  readonly officer: Officer;
  readonly zone: TimeZone;
  readonly records: readonly DutyRecord[];
  /** Duty periods (starts and ends), sorted. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Index in `records` of each duty period's first record. */
  readonly periodFirstRecord: Int32Array;
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

/** What staffing reads about a whole agency: each officer's index, and the agency-wide time buckets. */
export interface StaffingIndex {
  /** Sorted by officer id. */
  readonly officers: readonly OfficerIndex[];
  readonly agency: AgencyIndex;
  /**
   * Per-officer working arrays that staffing reuses from call to call (ranking a whole agency would
   * otherwise allocate a megabyte of typed arrays each time, and with it garbage collections).
   * Calls on one index must not overlap; they cannot, being synchronous.
   */
  readonly scratch: StaffingScratch;
  /** Each qualification's validity for every officer, as merged blocks (see QualificationBlocks). */
  readonly validity: ReadonlyMap<string, QualificationBlocks>;
  /** Officer ids by position, and each officer's time zone as a slot in `zones`. */
  readonly ids: readonly string[];
  readonly zones: readonly TimeZone[];
  readonly zoneSlot: Uint8Array;
}

/**
 * One qualification's validity for every officer in contiguous arrays: officer o's blocks are
 * from[k], to[k] for k in start[o] … start[o + 1] − 1, each the union of grants that follow or
 * overlap one another (grantInterval of each, sorted). A window is covered by the grants — what
 * coveredMs measures — exactly when one block contains it.
 */
export interface QualificationBlocks {
  readonly start: Int32Array;
  readonly from: Float64Array;
  readonly to: Float64Array;
}

/** Whether officer o's blocks cover [from, to) entirely. */
export function coversWindow(blocks: QualificationBlocks, o: number, from: number, to: number): boolean {
  for (let k = blocks.start[o]!; k < blocks.start[o + 1]!; k++) if (blocks.from[k]! <= from && blocks.to[k]! >= to) return true;
  return false;
}

function qualificationBlocks(index: readonly OfficerIndex[], qualificationId: string): QualificationBlocks {
  const start = new Int32Array(index.length + 1);
  const from: number[] = [];
  const to: number[] = [];
  index.forEach((entry, o) => {
    for (const interval of entry.validity.get(qualificationId) ?? []) {
      const last = to.length - 1;
      if (to.length > start[o]! && interval.from <= to[last]!) to[last] = Math.max(to[last]!, interval.to);
      else {
        from.push(interval.from);
        to.push(interval.to);
      }
    }
    start[o + 1] = to.length;
  });
  return { start, from: Float64Array.from(from), to: Float64Array.from(to) };
}

/** Reusable per-officer arrays of one index (see StaffingIndex.scratch). */
export class StaffingScratch {
  readonly #n: number;
  readonly #arrays = new Map<string, Float64Array | Int32Array | Uint8Array>();
  constructor(officers: number) {
    this.#n = officers;
  }
  /** A Float64Array of one entry per officer, the same one on every call with this name (not cleared). */
  float(name: string): Float64Array {
    return this.#get(name, () => new Float64Array(this.#n)) as Float64Array;
  }
  int(name: string): Int32Array {
    return this.#get(name, () => new Int32Array(this.#n)) as Int32Array;
  }
  byte(name: string): Uint8Array {
    return this.#get(name, () => new Uint8Array(this.#n)) as Uint8Array;
  }
  #get(name: string, make: () => Float64Array | Int32Array | Uint8Array): Float64Array | Int32Array | Uint8Array {
    let array = this.#arrays.get(name);
    if (!array) this.#arrays.set(name, (array = make()));
    return array;
  }
}

/** Builds the staffing index of every officer. */
export function buildStaffingIndex(
  officers: ReadonlyMap<string, Officer>,
  ledger: ReadonlyMap<string, readonly DutyRecord[]>,
  qualifications: ReadonlyMap<string, readonly OfficerQualification[]>,
  policy: Policy,
): StaffingIndex {
  const fallback = TimeZone.find(policy.timeZone);
  invariant(fallback, 'policy zone was validated', { zone: policy.timeZone });
  const index: OfficerIndex[] = [];
  // Sorted by id once, so ranking can sort by score alone (stable) and stay deterministic.
  for (const officer of [...officers.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const records = ledger.get(officer.id) ?? [];
    const periods = buildDutyPeriods(records);
    const periodFirstRecord = new Int32Array(periods.count);
    for (let r = 0, p = 0, dutyBefore = 0, dutySeen = 0; r < records.length && p < periods.count; r++) {
      if (!isDutyKind(records[r]!.kind)) continue;
      if (dutySeen === dutyBefore) {
        periodFirstRecord[p] = r;
        dutyBefore += periods.recordCounts[p]!;
        p++;
      }
      dutySeen++;
    }
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
      periodFirstRecord,
      grants,
      validity,
      recordStarts: Float64Array.from(records.map((r) => r.start)),
      overtimeStarts,
      overtimePrefixH,
    });
  }
  const qualificationIds = new Set(index.flatMap((entry) => [...entry.validity.keys()]));
  const validity = new Map([...qualificationIds].map((id) => [id, qualificationBlocks(index, id)]));
  const zones = [...new Set(index.map((entry) => entry.zone))];
  invariant(zones.length <= 256, 'at most 256 time zones in one agency', { zones: zones.length });
  const zoneSlot = Uint8Array.from(index, (entry) => zones.indexOf(entry.zone));
  return {
    officers: index,
    agency: buildAgencyIndex(index),
    validity,
    ids: index.map((entry) => entry.officer.id),
    zones,
    zoneSlot,
    scratch: new StaffingScratch(index.length),
  };
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

/**
 * The first duty record, from position `from` of an officer's records (sorted by start), that
 * overlaps [start, end); on-call records do not count. Availability for staffing and overtime.
 */
export function firstClash(records: readonly DutyRecord[], from: number, start: number, end: number): DutyRecord | undefined {
  for (let k = from; k < records.length && records[k]!.start < end; k++) {
    const r = records[k]!;
    if (isDutyKind(r.kind) && r.end > start) return r;
  }
  return undefined;
}

/** Hours of overtime records that start inside [from, to). */
export function overtimeHoursIn(entry: OfficerIndex, from: number, to: number): number {
  return entry.overtimePrefixH[lowerBound(entry.overtimeStarts, to)]! - entry.overtimePrefixH[lowerBound(entry.overtimeStarts, from)]!;
}

export type { Instant };
