import { IssueCollector, type Officer, importOfficers } from '@muster/domain';
import { canManageOfficers, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import type { AuditEntry } from '../ports/audit-store.ts';
import { officerDto } from '../roster/dto.ts';
import type { ServiceContext } from '../service-context.ts';
import { importInvalid } from './import-invalid.ts';

/** The name issues of an officers upload carry (the format of docs/formats.md). */
export const OFFICERS_FILE = 'officers.csv';

export interface OfficerImportResult {
  /** Rows in the file; `created` + `updated` + `unchanged`. */
  readonly imported: { readonly officers: number; readonly created: number; readonly updated: number; readonly unchanged: number };
  /** Units whose officers changed (an officer who moved counts for both units). */
  readonly units: string[];
}

/**
 * Imports `officers.csv` text (admin only), read by the domain's importer; each officer's unit
 * must be a stored unit. An officer already stored is updated to the row (an import is a full
 * description); an identical one is left alone. All rows land in one transaction, or none.
 *
 * Audit: one `import.officers` entry (counts, the file's first and last officer ids), and an
 * `officer.create` or `officer.update` entry (with before and after) for each officer the import
 * made or changed — an officers file is a few thousand rows, so this stays cheap, and a changed
 * unit or zone is worth tracing to the import that made it.
 */
export async function importOfficersCsv(ctx: ServiceContext, actor: Actor, text: string): Promise<OfficerImportResult> {
  requireAccess(canManageOfficers(actor), actor, 'import officers');
  const { policy } = await ctx.policy.current();
  const units = new Set((await ctx.store.units.list()).map((u) => u.id));
  const issues = new IssueCollector();
  const officers = [...importOfficers(OFFICERS_FILE, [text], policy.timeZone, issues, new Set(), units).values()];
  if (issues.any) throw importInvalid(OFFICERS_FILE, issues);
  const at = ctx.clock.now();
  const touchedUnits = new Set<string>();
  const counts = await ctx.store.transaction(async (tx) => {
    const stored = new Map((await tx.officers.list({ ids: officers.map((o) => o.id) })).map((o) => [o.id, o]));
    const changed: Officer[] = [];
    const entries: AuditEntry[] = [];
    for (const officer of officers) {
      const before = stored.get(officer.id);
      if (before !== undefined && sameOfficer(before, officer)) continue;
      changed.push(officer);
      touchedUnits.add(officer.unit);
      if (before !== undefined) touchedUnits.add(before.unit);
      entries.push(
        before === undefined
          ? auditEntry(actor, at, 'officer.create', 'officer', officer.id, undefined, officerDto(officer))
          : auditEntry(actor, at, 'officer.update', 'officer', officer.id, officerDto(before), officerDto(officer)),
      );
    }
    await tx.officers.upsertMany(changed);
    const created = changed.filter((o) => !stored.has(o.id)).length;
    const result = { officers: officers.length, created, updated: changed.length - created, unchanged: officers.length - changed.length };
    await tx.audit.append([
      ...entries,
      auditEntry(actor, at, 'import.officers', 'import', 'officers', undefined, {
        file: OFFICERS_FILE,
        ...result,
        firstId: officers[0]?.id ?? null,
        lastId: officers.at(-1)?.id ?? null,
        units: [...touchedUnits].sort(),
      }),
    ]);
    return result;
  });
  ctx.boards.invalidateUnits(touchedUnits);
  return { imported: counts, units: [...touchedUnits].sort() };
}

function sameOfficer(a: Officer, b: Officer): boolean {
  return (
    a.name === b.name &&
    a.unit === b.unit &&
    a.rank === b.rank &&
    a.hireDate === b.hireDate &&
    a.priorLeYears === b.priorLeYears &&
    a.academyTrack === b.academyTrack &&
    a.timeZone === b.timeZone
  );
}
