import { type Instant, type TimeZone, invariant } from '@muster/kernel';
import type { OfficerQualification } from '../model/qualification.ts';

/** Whether an officer's grants of a qualification cover a span, and if not, why. */
export type CoverageStatus = 'covered' | 'never-held' | 'expired' | 'not-yet-valid' | 'lapses';

/** The instants a grant is valid for: from the start of its local issue day to the end of its local expiry day. */
export function grantInterval(grant: OfficerQualification, zone: TimeZone): { from: number; to: number } {
  return { from: zone.startOfLocalDay(grant.issued), to: zone.startOfLocalDay(grant.expires + 1) };
}

/** Milliseconds of [start, end) covered by the union of intervals sorted by `from`. */
export function coveredMs(intervals: readonly { from: number; to: number }[], start: number, end: number): number {
  let covered = 0;
  let cursor = start;
  for (const interval of intervals) {
    const from = Math.max(interval.from, cursor);
    const to = Math.min(interval.to, end);
    if (to > from) {
      covered += to - from;
      cursor = to;
    }
  }
  return covered;
}

/**
 * How much of [start, end) an officer's grants of a qualification leave uncovered, and why. A grant
 * is valid from the start of its local issue day through the end of its local expiry day (in
 * `zone`); grants that follow one another cover together. The one definition used by the
 * qualification rule and by operation staffing.
 */
export function qualificationCoverage(
  all: readonly OfficerQualification[],
  qualificationId: string,
  start: Instant,
  end: Instant,
  zone: TimeZone,
): { uncoveredMs: number; status: CoverageStatus; statusDay?: number } {
  const grants = all
    .filter((q) => q.qualificationId === qualificationId)
    .map((q) => ({ ...grantInterval(q, zone), issued: q.issued, expires: q.expires }))
    .sort((a, b) => a.from - b.from);
  if (grants.length === 0) return { uncoveredMs: end - start, status: 'never-held' };
  const covered = coveredMs(grants, start, end);
  const uncoveredMs = end - start - covered;
  if (uncoveredMs <= 0) return { uncoveredMs: 0, status: 'covered' };
  const before = grants.filter((g) => g.to <= start);
  const after = grants.filter((g) => g.from >= end);
  // A later grant that is not valid yet does not change that the last one expired before the record.
  if (covered === 0 && before.length > 0) return { uncoveredMs, status: 'expired', statusDay: Math.max(...before.map((g) => g.expires)) };
  if (covered === 0 && before.length === 0 && after.length > 0) return { uncoveredMs, status: 'not-yet-valid', statusDay: after[0]!.issued };
  // Some grant overlaps the record without covering it: it ends inside the record or starts inside it.
  const lapsing = grants.find((g) => g.to > start && g.to < end);
  if (lapsing) return { uncoveredMs, status: 'lapses', statusDay: lapsing.expires };
  const starting = grants.find((g) => g.from > start && g.from < end);
  invariant(starting, 'a partly covered record has a grant that starts or ends inside it', { start, end, qualificationId });
  return { uncoveredMs, status: 'not-yet-valid', statusDay: starting.issued };
}
