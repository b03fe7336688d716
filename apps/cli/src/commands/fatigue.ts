import { AppError, type Instant, MS_PER_DAY, timeZone, TimeZone, formatInstant } from '@muster/kernel';
import { buildDutyPeriods } from '@muster/domain';
import { type SleepInterval, buildEpochGrid, predictFatigue, runTpm, runUnified, TPM_DEFAULTS, UNIFIED_DEFAULTS } from '@muster/fatigue';
import type { Command } from 'commander';
import { readIntervals, readLocalTime } from '../fatigue/read-intervals.ts';
import { type FatigueModel, seriesTable, tableCsv, tableObjects, wallClockText } from '../fatigue/series-table.ts';
import { readText } from '../input-files.ts';
import { loadDataset, loadPolicy } from '../load-dataset.ts';
import type { Output } from '../output.ts';

interface FatigueOptions {
  sleep?: string;
  duties?: string;
  from?: string;
  to?: string;
  model: string;
  epoch?: string;
  format: string;
  timezone: string;
  officer?: string;
  shifts?: string;
  officers?: string;
  policy?: string;
}

/**
 * `muster fatigue`: a fatigue series. Reference mode (`--sleep` of start,end rows) reproduces the
 * published implementation exactly (cold start, the given sleep); officer mode (`--officer`)
 * predicts from a roster with logged or inferred sleep from the steady state, and says which
 * sleep it assumed.
 */
export function registerFatigue(program: Command, out: Output): void {
  program
    .command('fatigue')
    .description('predicted fatigue as a 5-minute series: TPM (KSS) or the Unified model (PVT lapses)')
    .option('--sleep <file>', 'sleep: start,end local times (reference mode), or sleep.csv with officer_id (officer mode)')
    .option('--duties <file>', 'duties: start,end local times (reference mode); adds the on_duty column')
    .option('--from <local>', 'first epoch, local date-time (e.g. 2026-01-05T00:00)')
    .option('--to <local>', 'last epoch, inclusive')
    .option('--model <model>', 'tpm or unified', 'tpm')
    .option('--epoch <minutes>', "epoch length in minutes (default 5; in officer mode the policy's)")
    .option('--format <format>', 'csv or json', 'csv')
    .option('--timezone <zone>', 'reference mode: zone of the local times (UTC reads them as plain wall-clock)', 'UTC')
    .option('--officer <id>', 'officer mode: predict this officer from --shifts')
    .option('--shifts <file>', 'officer mode: duty records (shifts.csv)')
    .option('--officers <file>', 'officer mode: officers.csv (time zones)')
    .option('--policy <file>', 'officer mode: policy YAML (fatigue parameters, sleep rules)')
    .action((options: FatigueOptions) => {
      const model = options.model as FatigueModel;
      if (model !== 'tpm' && model !== 'unified') throw new AppError('usage.bad-value', `--model must be tpm or unified, got "${options.model}"`);
      if (options.format !== 'csv' && options.format !== 'json') throw new AppError('usage.bad-value', `--format must be csv or json, got "${options.format}"`);
      const epochMinutes = options.epoch === undefined ? undefined : Number(options.epoch);
      if (epochMinutes !== undefined && !(epochMinutes > 0 && epochMinutes <= 60))
        throw new AppError('usage.bad-value', `--epoch must be minutes between 1 and 60, got "${options.epoch}"`);
      if (options.officer !== undefined) officerMode(options, model, epochMinutes, out);
      else referenceMode(options, model, epochMinutes, out);
    });
}

function referenceMode(options: FatigueOptions, model: FatigueModel, epochMinutes = 5, out: Output): void {
  if (!options.sleep || !options.from || !options.to) throw new AppError('usage.missing-option', 'reference mode needs --sleep, --from and --to (or use --officer with --shifts)');
  const zone = TimeZone.find(options.timezone);
  if (!zone) throw new AppError('usage.bad-value', `unknown time zone "${options.timezone}". Maybe "America/Chicago"?`);
  const from = readLocalTime(options.from, zone, '--from');
  const to = readLocalTime(options.to, zone, '--to');
  if (to < from) throw new AppError('usage.bad-range', `--to ${options.to} is before --from ${options.from}`);
  const sleep = readIntervals(options.sleep, readText(options.sleep), zone);
  const duties = options.duties ? readIntervals(options.duties, readText(options.duties), zone) : undefined;
  const grid = buildEpochGrid({ start: from, end: to, epochMinutes, zone, sleep });
  const table = seriesTable({
    grid,
    first: 0,
    last: grid.count - 1,
    model,
    ...(model === 'tpm' ? { tpm: runTpm(grid, TPM_DEFAULTS) } : { unified: runUnified(grid, UNIFIED_DEFAULTS) }),
    ...(duties ? { duties } : {}),
    formatTime: wallClockText(zone),
  });
  write(out, options.format, table, {
    mode: 'reference',
    model,
    epochMinutes,
    timeZone: zone.name,
    sleep: sleep.map((s) => ({ start: wallClockText(zone)(s.start), end: wallClockText(zone)(s.end), source: 'given' })),
  });
}

function officerMode(options: FatigueOptions, model: FatigueModel, epochOption: number | undefined, out: Output): void {
  if (!options.shifts) throw new AppError('usage.missing-option', 'officer mode needs --shifts');
  const policy = loadPolicy(options.policy);
  const dataset = loadDataset({ shifts: options.shifts, ...(options.officers ? { officers: options.officers } : {}), ...(options.sleep ? { sleep: options.sleep } : {}) }, policy);
  const records = dataset.ledger.get(options.officer!);
  if (!records || records.length === 0) throw new AppError('usage.unknown-officer', `officer "${options.officer}" has no records in ${options.shifts}`);
  const officer = dataset.officers?.get(options.officer!);
  const zone = timeZone(officer?.timeZone ?? policy.timeZone);
  const periods = buildDutyPeriods(records);
  const duties: SleepInterval[] = Array.from({ length: periods.count }, (_, i) => ({ start: periods.starts[i] as Instant, end: periods.ends[i] as Instant }));
  const from = options.from ? readLocalTime(options.from, zone, '--from') : zone.startOfLocalDay(zone.localDayOf(duties[0]!.start));
  const to = options.to ? readLocalTime(options.to, zone, '--to') : ((duties[duties.length - 1]!.end + MS_PER_DAY) as Instant);
  if (to < from) throw new AppError('usage.bad-range', `--to ${options.to} is before --from ${options.from}`);
  const epochMinutes = epochOption ?? policy.fatigue.epochMinutes;
  // Predict from the officer's first duty, so duties before --from shape the series as they do in `muster check`.
  const historyFrom = Math.min(from, duties[0]!.start) as Instant;
  const prediction = predictFatigue({ duties, zone, from: historyFrom, to, loggedSleep: dataset.sleep.get(options.officer!) ?? [], params: { ...policy.fatigue, epochMinutes } });
  const { grid } = prediction;
  const first = Math.max(0, Math.ceil((from - grid.start) / grid.epochMs));
  const table = seriesTable({ grid, first, last: grid.count - 1, model, tpm: prediction.tpm, unified: prediction.unified, duties, formatTime: (at) => formatInstant(at, zone) });
  const sleep = prediction.sleep
    .filter((s) => s.end > from && s.start < to)
    .map((s) => ({ start: formatInstant(s.start, zone), end: formatInstant(s.end, zone), source: s.source, rule: s.rule }));
  if (options.format === 'csv') {
    out.error(
      `muster fatigue: officer ${options.officer} (${zone.name}); started from the steady state of habitual sleep ${policy.fatigue.sleep.habitualSleepStart}–${policy.fatigue.sleep.habitualSleepEnd}; assumed sleep:\n`,
    );
    for (const s of sleep) out.error(`  ${s.start} → ${s.end}  ${s.source}${s.source === 'inferred' ? ` (${s.rule})` : ''}\n`);
  }
  write(out, options.format, table, {
    mode: 'officer',
    officerId: options.officer,
    model,
    epochMinutes,
    timeZone: zone.name,
    start: 'steady state of the habitual sleep pattern',
    sleep,
  });
}

function write(out: Output, format: string, table: ReturnType<typeof seriesTable>, meta: Record<string, unknown>): void {
  out.write(format === 'json' ? `${JSON.stringify({ ...meta, columns: table.columns, rows: tableObjects(table) })}\n` : tableCsv(table));
}
