import { type DutyRecord, type IssueCollector, isDutyKind, overlapIssue } from '@muster/domain';
import { type TimeZone, formatInstant } from '@muster/kernel';
import type { StoredDutyRecord } from '../ports/duty-store.ts';

/**
 * Adds an `import.overlap` issue, on the imported line, for each imported record that overlaps a
 * stored record of the same officer — by the rules the importer applies within one file
 * (docs/formats.md): duty may not overlap duty, on call may not overlap on call, on call may
 * overlap duty, and records that only touch do not overlap. `imported` and `stored` are one
 * officer's records, each sorted by start; `stored` holds no cancelled record.
 * O((n + m) log m): a binary search over the stored starts and a running maximum of their ends.
 */
export function findStoredOverlaps(file: string, imported: readonly DutyRecord[], stored: readonly StoredDutyRecord[], zone: TimeZone, issues: IssueCollector): void {
  for (const duty of [true, false]) {
    const others = stored.filter((s) => isDutyKind(s.kind) === duty);
    if (others.length === 0) continue;
    // latest[i]: the record that ends last among others[0..i].
    const latest: StoredDutyRecord[] = [];
    for (const [i, s] of others.entries()) latest.push(i > 0 && latest[i - 1]!.end >= s.end ? latest[i - 1]! : s);
    for (const record of imported) {
      if (isDutyKind(record.kind) !== duty) continue;
      const startingBefore = countStartingBefore(others, record.end);
      const candidate = startingBefore > 0 ? latest[startingBefore - 1]! : undefined;
      if (candidate === undefined || candidate.end <= record.start) continue;
      issues.add(
        overlapIssue(
          file,
          record,
          `officer "${record.officerId}" has overlapping records: ${record.kind} from ${formatInstant(record.start, zone)} to ${formatInstant(record.end, zone)} overlaps the stored ${candidate.kind} record ${candidate.id} (${formatInstant(candidate.start, zone)} to ${formatInstant(candidate.end, zone)}). Maybe cancel the stored record first?`,
        ),
      );
    }
  }
}

/** How many of `sorted` (by start) start before `at`. */
function countStartingBefore(sorted: readonly StoredDutyRecord[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
