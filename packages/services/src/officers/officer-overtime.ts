import { type Instant, MS_PER_DAY, MS_PER_HOUR, civilFromDays, daysFromCivil, formatMonthIndex, instant, monthIndexOfDay, timeZone } from '@muster/kernel';
import { overtimeEqualisationOrder, overtimeHoursOf } from '@muster/optimizer';
import type { Actor } from '../access/actor.ts';
import { groupBy } from '../group-by.ts';
import type { ServiceContext } from '../service-context.ts';
import { scheduleReaderOfficer } from './schedule-reader-officer.ts';

/** Days of overtime records listed one by one. */
export const RECENT_OVERTIME_DAYS = 90;
/** Calendar months of overtime history, the current one included. */
export const OVERTIME_HISTORY_MONTHS = 12;

/**
 * An officer's place on their unit's overtime equalisation list, and their overtime history. Only
 * counts and hours of others, never who they are: an officer may see this about themselves.
 */
export interface OfficerOvertime {
  readonly officerId: string;
  readonly unitId: string;
  /** Zone of the unit, whose 1 January starts the period. */
  readonly unitTimeZone: string;
  readonly at: string;
  /** First local day of the equalisation period (`YYYY-MM-DD`). */
  readonly periodStart: string;
  readonly standing: {
    /** 1 = next to be offered overtime. */
    readonly position: number;
    readonly listLength: number;
    /** Overtime hours since the period start (overtime records starting in it, whole). */
    readonly overtimeHours: number;
    /** Overtime hours of the officer just before (offered first) and just after on the list; null at either end. */
    readonly aboveHours: number | null;
    readonly belowHours: number | null;
    /** Others on the list with exactly the same hours (seniority decides between them). */
    readonly tiedCount: number;
  };
  /** Overtime by local calendar month of the record's start, oldest first. */
  readonly months: { readonly month: string; readonly hours: number; readonly records: number }[];
  /** Overtime records that started in the last 90 days, newest first. */
  readonly recent: { readonly id: number; readonly start: string; readonly end: string; readonly hours: number; readonly status: string }[];
}

/**
 * Where the officer stands on the overtime equalisation list of their unit at `at`, ordered as
 * `muster overtime --order hours` orders volunteers (optimizer `compareOvertimeStanding`: fewest
 * overtime hours since 1 January in the unit's zone, then the more senior, then by id). muster keeps
 * no volunteer sign-up yet, so every officer of the unit is on the list. Records that are not
 * cancelled count (drafts too, as for staffing). Same access as hours.
 */
export async function officerOvertime(ctx: ServiceContext, actor: Actor, officerId: string, at: Instant): Promise<OfficerOvertime> {
  const officer = await scheduleReaderOfficer(ctx, actor, officerId, 'the overtime');
  const unit = await ctx.store.units.get(officer.unit);
  const unitZone = timeZone(unit?.timeZone ?? officer.timeZone);
  const { year } = civilFromDays(unitZone.localDayOf(at));
  const periodStartDay = daysFromCivil(year, 1, 1);
  const periodStart = unitZone.startOfLocalDay(periodStartDay);

  const members = await ctx.store.officers.list({ unitIds: [officer.unit] });
  const ids = members.map((m) => m.id);
  const unitRecords = groupBy(await ctx.store.duty.between(ids, periodStart, at), (r) => r.officerId);
  const list = overtimeEqualisationOrder(
    members.map((m) => ({
      officerId: m.id,
      overtimeHours: overtimeHoursOf(unitRecords.get(m.id) ?? [], periodStart, at),
      seniorityDays: timeZone(m.timeZone).localDayOf(at) - m.hireDate,
    })),
  );
  const index = list.findIndex((s) => s.officerId === officerId);
  const own = list[index]!;

  const zone = timeZone(officer.timeZone);
  const thisMonth = monthIndexOfDay(zone.localDayOf(at));
  const firstMonth = thisMonth - (OVERTIME_HISTORY_MONTHS - 1);
  const historyStart = zone.startOfLocalDay(daysFromCivil(Math.floor(firstMonth / 12), (firstMonth % 12) + 1, 1));
  const recentStart = at - RECENT_OVERTIME_DAYS * MS_PER_DAY;
  const overtime = (await ctx.store.duty.between([officerId], instant(Math.min(historyStart, recentStart)), at)).filter(
    (r) => r.kind === 'overtime' && r.start < at && r.start >= Math.min(historyStart, recentStart),
  );
  const months = Array.from({ length: OVERTIME_HISTORY_MONTHS }, (_, i) => ({ index: firstMonth + i, ms: 0, records: 0 }));
  for (const r of overtime) {
    const month = months[monthIndexOfDay(zone.localDayOf(r.start)) - firstMonth];
    if (month === undefined) continue;
    month.ms += r.end - r.start;
    month.records++;
  }
  return {
    officerId,
    unitId: officer.unit,
    unitTimeZone: unitZone.name,
    at: new Date(at).toISOString(),
    periodStart: `${year}-01-01`,
    standing: {
      position: index + 1,
      listLength: list.length,
      overtimeHours: round2(own.overtimeHours),
      aboveHours: index > 0 ? round2(list[index - 1]!.overtimeHours) : null,
      belowHours: index < list.length - 1 ? round2(list[index + 1]!.overtimeHours) : null,
      tiedCount: list.filter((s) => s.officerId !== officerId && s.overtimeHours === own.overtimeHours).length,
    },
    months: months.map((m) => ({ month: formatMonthIndex(m.index), hours: round2(m.ms / MS_PER_HOUR), records: m.records })),
    recent: overtime
      .filter((r) => r.start >= recentStart)
      .sort((a, b) => b.start - a.start)
      .map((r) => ({ id: r.id, start: new Date(r.start).toISOString(), end: new Date(r.end).toISOString(), hours: round2((r.end - r.start) / MS_PER_HOUR), status: r.status })),
  };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
