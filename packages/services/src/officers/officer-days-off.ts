import { dayOffLedger, guaranteedDaysOffPerWeek } from '@muster/domain';
import { type DayNumber, type Instant, formatDay, timeZone, weekStartOf } from '@muster/kernel';
import type { Actor } from '../access/actor.ts';
import type { ServiceContext } from '../service-context.ts';
import { scheduleReaderOfficer } from './schedule-reader-officer.ts';

/** One local week of an officer's days off (days as `YYYY-MM-DD`). */
export interface DaysOffWeekView {
  readonly from: string;
  readonly to: string;
  readonly offDays: string[];
  readonly daysOff: number;
  readonly guaranteedDaysOff: number;
  readonly shortDays: number;
  readonly repaidDays: number;
  /** Day-off debt at the end of the week, in days. */
  readonly debtDays: number;
  /** Whether some of the week is after today: its days off are as scheduled now and may change. */
  readonly planned: boolean;
}

/** An officer's days off and day-off debt week by week ({@link dayOffLedger}). */
export interface OfficerDaysOff {
  readonly officerId: string;
  readonly timeZone: string;
  /** Today in the officer's zone. */
  readonly today: string;
  /** First day of each week: 0 = Sunday … 6 = Saturday (the policy's `pay.title5.weekStartsOn`). */
  readonly weekStartsOn: number;
  readonly guaranteedDaysOffPerWeek: number;
  /** Where the guarantee comes from, in words. */
  readonly basis: string;
  readonly weeks: DaysOffWeekView[];
  /** Debt at the end of the current week (the last week that has begun), in days. */
  readonly debtNowDays: number;
  /** Debt at the end of the last week shown, as scheduled now, in days. */
  readonly debtAtEndDays: number;
}

/**
 * The officer's days off and day-off debt in the whole local weeks holding `from` and `to`, on the
 * stored records that are not cancelled (drafts count: they are the schedule as planned), with the
 * policy in force: weeks from its week start (`pay.title5.weekStartsOn`, the administrative
 * workweek the roster search also uses) and the guarantee from the `days-off.min-per-7-days` block
 * level. The debt starts at 0 in the first week shown. Same access as hours: whoever may read the
 * officer's schedule.
 */
export async function officerDaysOff(ctx: ServiceContext, actor: Actor, officerId: string, from: DayNumber, to: DayNumber, now: Instant): Promise<OfficerDaysOff> {
  const officer = await scheduleReaderOfficer(ctx, actor, officerId, 'the days off');
  const zone = timeZone(officer.timeZone);
  const { policy } = await ctx.policy.current();
  const weekStartsOn = policy.pay.title5.weekStartsOn;
  const guaranteed = guaranteedDaysOffPerWeek(policy);
  const rule = policy.rules['days-off.min-per-7-days'];
  const firstDay = weekStartOf(from, weekStartsOn);
  const lastDay = weekStartOf(to, weekStartsOn) + 6;
  const records = await ctx.store.duty.between([officerId], zone.startOfLocalDay(firstDay), zone.startOfLocalDay(lastDay + 1));
  const weeks = dayOffLedger({ records, zone, from, to, weekStartsOn, guaranteedDaysOffPerWeek: guaranteed });
  const today = zone.localDayOf(now);
  const begun = weeks.filter((w) => w.firstDay <= today);
  return {
    officerId,
    timeZone: officer.timeZone,
    today: formatDay(today),
    weekStartsOn,
    guaranteedDaysOffPerWeek: guaranteed,
    basis:
      guaranteed > 0
        ? `days-off.min-per-7-days blocks ${rule?.block} consecutive duty days, so every 7 days hold at least ${guaranteed} day${guaranteed === 1 ? '' : 's'} off`
        : 'days-off.min-per-7-days is off or has no block level: the policy guarantees no day off',
    weeks: weeks.map((w) => ({
      from: formatDay(w.firstDay),
      to: formatDay(w.lastDay),
      offDays: w.offDays.map(formatDay),
      daysOff: w.daysOff,
      guaranteedDaysOff: w.guaranteedDaysOff,
      shortDays: w.shortDays,
      repaidDays: w.repaidDays,
      debtDays: w.debtDays,
      planned: w.lastDay >= today,
    })),
    debtNowDays: begun.length > 0 ? begun[begun.length - 1]!.debtDays : 0,
    debtAtEndDays: weeks[weeks.length - 1]!.debtDays,
  };
}
