import { type Officer, SHIFT_COLUMNS } from '@muster/domain';
import { type DayNumber, formatInstant, instant, timeZone } from '@muster/kernel';
import { canSeeSchedule, canSeeSchedules, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import type { StoredDutyRecord } from '../ports/duty-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { csvText } from './csv-text.ts';
import { visibleOfficers } from './visible-officers.ts';

export interface ShiftExportQuery {
  readonly unitId?: string;
  /** Local calendar days, inclusive, each in the officer's own zone. */
  readonly from: DayNumber;
  readonly to: DayNumber;
  /** Which records: the published roster (the default) or the drafts; cancelled ones never. */
  readonly status: 'draft' | 'published';
}

export interface ShiftExport {
  readonly officers: ReadonlyMap<string, Officer>;
  /** By officer, then start. */
  readonly records: readonly StoredDutyRecord[];
}

/**
 * The records that start on local days `from`..`to` (the officer's zone) of the officers whose
 * schedules the actor may see, of one unit if given. Records that merely reach into the range are
 * left to the export of the days they start on, so consecutive exports never repeat a record.
 */
export async function exportShifts(ctx: ServiceContext, actor: Actor, query: ShiftExportQuery): Promise<ShiftExport> {
  requireAccess(canSeeSchedules(actor), actor, 'export duty records');
  const officers = (await visibleOfficers(ctx, actor, query.unitId, 'export duty records')).filter((o) => canSeeSchedule(actor, o));
  if (officers.length === 0) return { officers: new Map(), records: [] };
  const windows = new Map(officers.map((o) => [o.id, localDays(o, query.from, query.to)]));
  let from = Infinity;
  let to = -Infinity;
  for (const w of windows.values()) {
    from = Math.min(from, w.from);
    to = Math.max(to, w.to);
  }
  const records = (await ctx.store.duty.between([...windows.keys()], instant(from), instant(to))).filter((r) => {
    const w = windows.get(r.officerId)!;
    return r.status === query.status && r.start >= w.from && r.start < w.to;
  });
  return { officers: new Map(officers.map((o) => [o.id, o])), records };
}

function localDays(officer: Officer, from: DayNumber, to: DayNumber): { from: number; to: number } {
  const zone = timeZone(officer.timeZone);
  return { from: zone.startOfLocalDay(from), to: zone.startOfLocalDay(to + 1) };
}

/**
 * `shifts.csv` (docs/formats.md) with every time written with its offset in the officer's zone
 * (`2026-03-10T07:00:00-05:00`), so `POST /api/imports/shifts` reads back the same instants in any
 * zone and across both daylight-saving nights.
 */
export function shiftsCsv(shifts: ShiftExport): string {
  const zones = new Map([...shifts.officers.values()].map((o) => [o.id, timeZone(o.timeZone)]));
  return csvText(
    [...SHIFT_COLUMNS.required, ...SHIFT_COLUMNS.optional],
    shifts.records.map((r) => {
      const zone = zones.get(r.officerId)!;
      return [r.officerId, formatInstant(r.start, zone), formatInstant(r.end, zone), r.kind, r.operationId ?? '', r.role ?? ''];
    }),
  );
}
