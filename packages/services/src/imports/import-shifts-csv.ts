import { type DutyRecord, IssueCollector, type Officer, importShifts } from '@muster/domain';
import { instant, invariant, timeZone } from '@muster/kernel';
import { canScheduleSomeUnit, canScheduleUnit, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import { groupBy } from '../group-by.ts';
import type { NewDutyRecord } from '../ports/duty-store.ts';
import type { Store } from '../ports/store.ts';
import type { ServiceContext } from '../service-context.ts';
import { importInvalid } from './import-invalid.ts';
import { findStoredOverlaps } from './stored-overlaps.ts';

/** The name issues of a shifts upload carry (the format of docs/formats.md). */
export const SHIFTS_FILE = 'shifts.csv';

/** How many officers a refusal names before it stops. */
const OFFICERS_NAMED = 5;

export interface ShiftImportResult {
  readonly imported: { readonly records: number };
  readonly status: 'draft' | 'published';
  /** Ids given to the first and last row of the file (absent when it had no rows). */
  readonly firstId?: number;
  readonly lastId?: number;
  readonly officers: number;
  readonly units: string[];
}

/**
 * Imports `shifts.csv` text: all rows land in one transaction (in multi-row batches), or none.
 * The domain's importer reads it with the stored officers, so a wall-clock time means the
 * officer's zone and an unknown officer is an issue of its line, exactly as the CLI reports it;
 * records that overlap stored, not cancelled records of the same officer are `import.overlap`
 * issues too. Any issue: `import.invalid` listing them. Admin, or a supervisor when every row's
 * officer is in their units (`access.forbidden` otherwise, before any issue is told).
 *
 * Audit: one `import.shifts` entry (counts, the first and last ids, the units), no entry per
 * record. Per-record entries would double the rows and add the JSON of each: measured on 20,000
 * rows, +0.9 s on PGlite and +0.45 s on PostgreSQL to an import of about 1 s; the entry's id
 * range and the records' `updatedAt` already say which records the import made.
 *
 * Operation ids are not checked against stored operations (as with `POST /api/duty-records`), so
 * an export for continuity loads into a database that holds no operations yet.
 */
export async function importShiftsCsv(ctx: ServiceContext, actor: Actor, text: string, status: 'draft' | 'published' = 'published'): Promise<ShiftImportResult> {
  requireAccess(canScheduleSomeUnit(actor), actor, 'import duty records');
  const { policy } = await ctx.policy.current();
  const officers = new Map((await ctx.store.officers.list()).map((o) => [o.id, o]));
  const issues = new IssueCollector();
  const ledger = importShifts(SHIFTS_FILE, [text], { officers, defaultZone: policy.timeZone }, issues);
  const touched = [...ledger.keys()].map((id) => officers.get(id)).filter((o): o is Officer => o !== undefined);
  const outside = touched.filter((o) => !canScheduleUnit(actor, o.unit));
  requireAccess(
    outside.length === 0,
    actor,
    `import duty records of officer${outside.length === 1 ? '' : 's'} ${outside
      .slice(0, OFFICERS_NAMED)
      .map((o) => `${o.id} (unit ${o.unit})`)
      .join(', ')}${outside.length > OFFICERS_NAMED ? ` and ${outside.length - OFFICERS_NAMED} more` : ''}`,
  );
  const records = [...ledger.values()].flat().sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const units = [...new Set(touched.map((o) => o.unit))].sort();
  const at = ctx.clock.now();
  const created = await ctx.store.transaction(async (tx) => {
    // Checked inside the write's transaction: on the embedded engine nothing can come between.
    await checkAgainstStored(tx, ledger, officers, issues);
    if (issues.any) throw importInvalid(SHIFTS_FILE, issues);
    const stored = await tx.duty.insertMany(
      records.map((r) => newRecord(r, status)),
      at,
    );
    await tx.audit.append([
      auditEntry(actor, at, 'import.shifts', 'import', 'shifts', undefined, {
        file: SHIFTS_FILE,
        records: stored.length,
        status,
        firstId: stored[0]?.id ?? null,
        lastId: stored.at(-1)?.id ?? null,
        officers: touched.length,
        units,
      }),
    ]);
    return stored;
  });
  ctx.boards.invalidateUnits(units);
  return {
    imported: { records: created.length },
    status,
    ...(created.length === 0 ? {} : { firstId: created[0]!.id, lastId: created.at(-1)!.id }),
    officers: touched.length,
    units,
  };
}

/** Adds the overlaps of the file's records with stored ones: one read of the officers' records over the file's whole span. */
async function checkAgainstStored(store: Store, ledger: ReadonlyMap<string, readonly DutyRecord[]>, officers: ReadonlyMap<string, Officer>, issues: IssueCollector): Promise<void> {
  let from = Infinity;
  let to = -Infinity;
  for (const records of ledger.values()) {
    for (const r of records) {
      from = Math.min(from, r.start);
      to = Math.max(to, r.end);
    }
  }
  if (from >= to) return;
  const stored = groupBy(await store.duty.between([...ledger.keys()], instant(from), instant(to)), (r) => r.officerId);
  for (const [officerId, imported] of ledger) {
    const theirs = stored.get(officerId);
    if (theirs === undefined) continue;
    const officer = officers.get(officerId);
    invariant(officer, 'the ledger holds only stored officers', { officerId });
    findStoredOverlaps(SHIFTS_FILE, imported, theirs, timeZone(officer.timeZone), issues);
  }
}

function newRecord(r: DutyRecord, status: 'draft' | 'published'): NewDutyRecord {
  return {
    officerId: r.officerId,
    start: r.start,
    end: r.end,
    kind: r.kind,
    status,
    ...(r.operationId === undefined ? {} : { operationId: r.operationId }),
    ...(r.role === undefined ? {} : { role: r.role }),
  };
}
