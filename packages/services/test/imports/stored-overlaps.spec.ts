import { describe, expect, it } from 'vitest';
import { type DutyKind, IssueCollector } from '@muster/domain';
import { instant, timeZone } from '@muster/kernel';
import type { StoredDutyRecord } from '../../src/ports/duty-store.ts';
import { findStoredOverlaps } from '../../src/imports/stored-overlaps.ts';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 5, 1, 5); // 00:00 in Chicago (CDT)
const at = (hour: number) => instant(T0 + hour * HOUR);
let nextId = 1;
const stored = (from: number, to: number, kind: DutyKind = 'regular'): StoredDutyRecord => ({
  id: nextId++,
  officerId: 'A1',
  start: at(from),
  end: at(to),
  kind,
  status: 'published',
  updatedAt: at(0),
});
const row = (line: number, from: number, to: number, kind: DutyKind = 'regular') => ({ officerId: 'A1', start: at(from), end: at(to), kind, line });

/** The lines flagged when the rows are imported over the stored records. */
function flagged(rows: ReturnType<typeof row>[], existing: StoredDutyRecord[]): number[] {
  const issues = new IssueCollector();
  findStoredOverlaps('shifts.csv', rows, existing, timeZone('America/Chicago'), issues);
  return issues.sorted().map((i) => i.line);
}

describe('overlaps of imported records with stored ones', () => {
  it('flags a record that starts inside a stored one, and one that contains a stored one', () => {
    expect(flagged([row(2, 10, 18), row(3, 6, 20)], [stored(8, 16)])).toEqual([2, 3]);
  });

  it('lets records touch: ending as a stored one starts, or starting as it ends', () => {
    expect(flagged([row(2, 0, 8), row(3, 16, 18)], [stored(8, 16)])).toEqual([]);
  });

  it('lets on call hold duty either way, but not overlap another on-call record', () => {
    expect(flagged([row(2, 10, 12), row(3, 11, 13, 'on_call')], [stored(0, 24, 'on_call'), stored(14, 15)])).toEqual([3]);
  });

  it('finds a long stored record behind a later short one', () => {
    expect(flagged([row(2, 10, 11)], [stored(0, 20), stored(5, 6), stored(30, 40)])).toEqual([2]);
  });

  it('names the stored record and both spans in the officer zone', () => {
    const issues = new IssueCollector();
    const existing = stored(8, 16, 'court');
    findStoredOverlaps('shifts.csv', [row(4, 15, 17, 'overtime')], [existing], timeZone('America/Chicago'), issues);
    expect(issues.sorted()).toEqual([
      {
        code: 'import.overlap',
        file: 'shifts.csv',
        line: 4,
        column: 1,
        field: 'start',
        message: `officer "A1" has overlapping records: overtime from 2026-06-01T15:00:00-05:00 to 2026-06-01T17:00:00-05:00 overlaps the stored court record ${existing.id} (2026-06-01T08:00:00-05:00 to 2026-06-01T16:00:00-05:00). Maybe cancel the stored record first?`,
      },
    ]);
  });
});
