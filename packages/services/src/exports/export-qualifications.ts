import { QUALIFICATION_COLUMNS } from '@muster/domain';
import { formatDay } from '@muster/kernel';
import type { Actor } from '../access/actor.ts';
import type { StoredQualification } from '../ports/qualification-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { csvText } from './csv-text.ts';
import { visibleOfficers } from './visible-officers.ts';

/** The grants of the officers the actor may see (of one unit, if given), by officer, qualification and issue day. */
export async function exportQualifications(ctx: ServiceContext, actor: Actor, unitId?: string): Promise<StoredQualification[]> {
  const officers = await visibleOfficers(ctx, actor, unitId, 'export qualifications');
  return ctx.store.qualifications.forOfficers(officers.map((o) => o.id));
}

/** `qualifications.csv` (docs/formats.md), which `POST /api/imports/qualifications` reads back. */
export function qualificationsCsv(grants: readonly StoredQualification[]): string {
  return csvText(
    QUALIFICATION_COLUMNS.required,
    grants.map((g) => [g.officerId, g.qualificationId, formatDay(g.issued), formatDay(g.expires)]),
  );
}
