import { buildDutyPeriods, flsa7kThresholdHours } from '@muster/domain';
import { type Instant, MS_PER_DAY, MS_PER_HOUR, civilFromDays, daysFromCivil, instant, timeZone } from '@muster/kernel';
import type { Actor } from '../access/actor.ts';
import type { ServiceContext } from '../service-context.ts';
import { scheduleReaderOfficer } from './schedule-reader-officer.ts';

/** One measure of an officer's hours beside the policy's levels for it (null: no such level). */
export interface HoursMeasure {
  readonly id: 'hours.48h' | 'hours.7d' | 'hours.28d' | 'overtime.month';
  readonly label: string;
  readonly hours: number;
  readonly warn: number | null;
  readonly block: number | null;
  /** Where the levels come from: a rule id or the pay rule. */
  readonly basis: string;
}

/**
 * An officer's duty hours in the 48 h, 7 days and 28 days up to `at`, and overtime in `at`'s local
 * month, each beside the policy's levels: the rolling-hours rules, the FLSA 7(k) threshold for 28
 * days, and the monthly overtime rule. Overlapping records count once (duty periods), on-call does
 * not count, and a record counts only for its part inside the window.
 */
export async function officerHours(ctx: ServiceContext, actor: Actor, officerId: string, at: Instant): Promise<{ at: string; measures: HoursMeasure[] }> {
  const officer = await scheduleReaderOfficer(ctx, actor, officerId, 'the hours');
  const zone = timeZone(officer.timeZone);
  const { policy } = await ctx.policy.current();
  const { year, month } = civilFromDays(zone.localDayOf(at));
  const monthStart = zone.startOfLocalDay(daysFromCivil(year, month, 1));
  const from = instant(Math.min(at - 28 * MS_PER_DAY, monthStart));
  const records = await ctx.store.duty.between([officerId], from, at);
  const periods = buildDutyPeriods(records);
  const dutyHoursSince = (since: number): number => {
    let ms = 0;
    for (let i = 0; i < periods.count; i++) ms += Math.max(0, Math.min(periods.ends[i]!, at) - Math.max(periods.starts[i]!, since));
    return round2(ms / MS_PER_HOUR);
  };
  // As the monthly rule counts it: an overtime record whole, in the month it starts.
  const overtimeMs = records.filter((r) => r.kind === 'overtime' && r.start >= monthStart && r.start < at).reduce((sum, r) => sum + (r.end - r.start), 0);
  const levels = (ruleId: string) => {
    const settings = policy.rules[ruleId];
    return settings?.enabled ? { warn: settings.warn ?? null, block: settings.block ?? null } : { warn: null, block: null };
  };
  return {
    at: new Date(at).toISOString(),
    measures: [
      { id: 'hours.48h', label: 'Last 48 hours', hours: dutyHoursSince(at - 2 * MS_PER_DAY), ...levels('hours.max-rolling-48h'), basis: 'hours.max-rolling-48h' },
      { id: 'hours.7d', label: 'Last 7 days', hours: dutyHoursSince(at - 7 * MS_PER_DAY), ...levels('hours.max-rolling-7d'), basis: 'hours.max-rolling-7d' },
      {
        id: 'hours.28d',
        label: 'Last 28 days',
        hours: dutyHoursSince(at - 28 * MS_PER_DAY),
        warn: flsa7kThresholdHours(28),
        block: null,
        basis: 'FLSA 7(k) overtime threshold for 28 days',
      },
      { id: 'overtime.month', label: 'Overtime this month', hours: round2(overtimeMs / MS_PER_HOUR), ...levels('overtime.max-monthly'), basis: 'overtime.max-monthly' },
    ],
  };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
