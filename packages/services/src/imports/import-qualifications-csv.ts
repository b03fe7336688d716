import { IssueCollector, importQualifications } from '@muster/domain';
import { canManageQualifications, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import type { ServiceContext } from '../service-context.ts';
import { importInvalid } from './import-invalid.ts';

/** The name issues of a qualifications upload carry (the format of docs/formats.md). */
export const QUALIFICATIONS_FILE = 'qualifications.csv';

export interface QualificationImportResult {
  /** Rows in the file; `created` + `alreadyHeld`. */
  readonly imported: { readonly qualifications: number; readonly created: number; readonly alreadyHeld: number };
  readonly officers: number;
}

/**
 * Imports `qualifications.csv` text (training or admin), read by the domain's importer against
 * the stored officers (an unknown officer is an issue of its line). A grant already stored (same
 * officer, qualification and issue day) is left as it is, so importing a file again adds nothing.
 * All rows land in one transaction, or none.
 *
 * Audit: one `import.qualifications` entry (counts, the first and last new grant ids), no entry
 * per grant: grants are only ever added, and the id range names them.
 */
export async function importQualificationsCsv(ctx: ServiceContext, actor: Actor, text: string): Promise<QualificationImportResult> {
  requireAccess(canManageQualifications(actor), actor, 'import qualifications');
  const officers = new Map((await ctx.store.officers.list()).map((o) => [o.id, o]));
  const issues = new IssueCollector();
  const byOfficer = importQualifications(QUALIFICATIONS_FILE, [text], officers, issues);
  if (issues.any) throw importInvalid(QUALIFICATIONS_FILE, issues);
  const grants = [...byOfficer.values()].flat();
  const at = ctx.clock.now();
  const created = await ctx.store.transaction(async (tx) => {
    const stored = await tx.qualifications.insertMany(grants);
    await tx.audit.append([
      auditEntry(actor, at, 'import.qualifications', 'import', 'qualifications', undefined, {
        file: QUALIFICATIONS_FILE,
        qualifications: grants.length,
        created: stored.length,
        alreadyHeld: grants.length - stored.length,
        firstId: stored[0]?.id ?? null,
        lastId: stored.at(-1)?.id ?? null,
        officers: byOfficer.size,
      }),
    ]);
    return stored.length;
  });
  // Readiness and qualification findings on the boards read the grants.
  ctx.boards.invalidateUnits(new Set([...byOfficer.keys()].map((id) => officers.get(id)!.unit)));
  return { imported: { qualifications: grants.length, created, alreadyHeld: grants.length - created }, officers: byOfficer.size };
}
