import { buildDutyPeriods } from '@muster/domain';
import { type SleepInterval, predictFatigue } from '@muster/fatigue';
import { AppError, type DayNumber, type Instant, MS_PER_DAY, instant, timeZone } from '@muster/kernel';
import type { Actor } from '../access/actor.ts';
import { HISTORY_DAYS } from '../roster/officer-findings.ts';
import type { ServiceContext } from '../service-context.ts';
import { scheduleReaderOfficer } from './schedule-reader-officer.ts';

const iso = (at: Instant): string => new Date(at).toISOString();

/** Predicted fatigue of one officer over some days, sampled every `stepMinutes`, with what it assumed. */
export interface OfficerFatigue {
  readonly officerId: string;
  readonly timeZone: string;
  /** The first sample, and the minutes between samples. */
  readonly start: string;
  readonly stepMinutes: number;
  /** Karolinska Sleepiness Scale (1 very alert … 9 fighting sleep), Three Process Model. */
  readonly kss: number[];
  /** Predicted PVT lapses, Unified Model. */
  readonly lapses: number[];
  readonly duties: { start: string; end: string }[];
  readonly sleep: { start: string; end: string; source: string; rule: string }[];
  readonly peak: { kss: number; at: string } | null;
  /** The policy's KSS levels on duty, for drawing the lines on the chart. */
  readonly kssWarn: number | null;
  readonly kssBlock: number | null;
  readonly note: string;
}

/**
 * The officer's predicted KSS and lapses on local days `from`..`to`, from the stored records and
 * sleep inferred from them — the same prediction the fatigue rules read. Earlier duties (up to
 * the findings' history window) shape the start of the series.
 */
export async function officerFatigue(ctx: ServiceContext, actor: Actor, officerId: string, from: DayNumber, to: DayNumber, stepMinutes: number): Promise<OfficerFatigue> {
  const officer = await scheduleReaderOfficer(ctx, actor, officerId, 'the predicted fatigue');
  const zone = timeZone(officer.timeZone);
  const { policy } = await ctx.policy.current();
  const epochMinutes = policy.fatigue.epochMinutes;
  if (stepMinutes % epochMinutes !== 0)
    throw new AppError('request.invalid', `step=${stepMinutes} must be a multiple of the model's ${epochMinutes}-minute epoch.`, { step: stepMinutes, epochMinutes });
  const shownFrom = zone.startOfLocalDay(from);
  const shownTo = zone.startOfLocalDay(to + 1);
  const historyFrom = instant(shownFrom - HISTORY_DAYS * MS_PER_DAY);
  const records = await ctx.store.duty.between([officerId], historyFrom, shownTo);
  const periods = buildDutyPeriods(records);
  const duties: SleepInterval[] = Array.from({ length: periods.count }, (_, i) => ({ start: periods.starts[i] as Instant, end: periods.ends[i] as Instant }));
  const prediction = predictFatigue({ duties, zone, from: instant(Math.min(historyFrom, duties[0]?.start ?? historyFrom)), to: shownTo, params: policy.fatigue });
  const { grid } = prediction;
  const stride = stepMinutes / epochMinutes;
  const first = Math.max(0, Math.ceil((shownFrom - grid.start) / grid.epochMs));
  const kss: number[] = [];
  const lapses: number[] = [];
  let peak: { kss: number; at: string } | null = null;
  for (let i = first; i < grid.count && grid.start + i * grid.epochMs < shownTo; i += stride) {
    const k = round2(prediction.tpm.kss[i]!);
    kss.push(k);
    lapses.push(round2(prediction.unified.fatigue[i]!));
    if (peak === null || k > peak.kss) peak = { kss: k, at: iso(instant(grid.start + i * grid.epochMs)) };
  }
  const kssRule = policy.rules['fatigue.kss-on-duty'];
  return {
    officerId,
    timeZone: zone.name,
    start: iso(instant(grid.start + first * grid.epochMs)),
    stepMinutes,
    kss,
    lapses,
    duties: duties.filter((d) => d.end > shownFrom && d.start < shownTo).map((d) => ({ start: iso(d.start), end: iso(d.end) })),
    sleep: prediction.sleep.filter((s) => s.end > shownFrom && s.start < shownTo).map((s) => ({ start: iso(s.start), end: iso(s.end), source: s.source, rule: s.rule })),
    peak,
    kssWarn: kssRule?.enabled ? (kssRule.warn ?? null) : null,
    kssBlock: kssRule?.enabled ? (kssRule.block ?? null) : null,
    note: 'Group-average estimates from the roster and the sleep assumed; not a verdict on this officer and not a certificate that a roster is safe.',
  };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
