import { type Officer, OFFICER_COLUMNS } from '@muster/domain';
import { formatDay } from '@muster/kernel';
import type { Actor } from '../access/actor.ts';
import type { ServiceContext } from '../service-context.ts';
import { csvText } from './csv-text.ts';
import { visibleOfficers } from './visible-officers.ts';

/** The officers the actor may see (of one unit, if given), in id order. */
export function exportOfficers(ctx: ServiceContext, actor: Actor, unitId?: string): Promise<Officer[]> {
  return visibleOfficers(ctx, actor, unitId, 'export officers');
}

/** `officers.csv` (docs/formats.md), every column filled, so `POST /api/imports/officers` reads it back unchanged. */
export function officersCsv(officers: readonly Officer[]): string {
  return csvText(
    OFFICER_COLUMNS.required,
    officers.map((o) => [o.id, o.name, o.unit, o.rank, formatDay(o.hireDate), o.priorLeYears, o.academyTrack, o.timeZone]),
  );
}
