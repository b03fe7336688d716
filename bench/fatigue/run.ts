// Fatigue benchmark (issue 3, item 6): (a) one officer-year of 5-minute epochs through
// predictFatigue, both models; (b) duty-level peak KSS and lapses for 20,000 officer-years in
// worker threads, and in-process for comparison. Prints what it measured; writes out/results.json.
// Run: npm run bench:fatigue [-- --officers N --days N --workers N --runs N …] (see bench-args.ts)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_POLICY, type Dataset, formatImportIssue, importDataset } from '@muster/domain';
import { sourceFile as fileSource } from '../../apps/cli/src/input-files.ts';
import { generateDutyRecords } from '../compliance/generate-duty-records.ts';
import { type BenchArgs, DEFAULT_ARGS, USAGE, parseBenchArgs } from './bench-args.ts';
import { codeFingerprint } from './code-fingerprint.ts';
import { type DutyFatigueRun, runDutyFatigueInProcess, runDutyFatiguePool } from './duty-fatigue-pool.ts';
import { fatigueDistribution } from './fatigue-distribution.ts';
import { type BenchResults, type DutyPhase, TARGETS, formatResults } from './format-results.ts';
import { officerDuties } from './officer-duties.ts';
import { pitmanOfficerYear } from './pitman-officer-year.ts';
import { timeSeries } from './series-timing.ts';
import { argsOrExit } from '../shared/bench-flags.ts';

const MiB = 1024 * 1024;
const DEFAULT_OUT = fileURLToPath(new URL('./out/results.json', import.meta.url));

const args: BenchArgs = argsOrExit(parseBenchArgs, USAGE);

const loadAverageStart = loadavg();
const code = codeFingerprint(); // before any timing: the sources as loaded, not as edited meanwhile
const maxRssMiB = (): number => process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
const time = <T>(work: () => T): [T, number] => {
  const t0 = performance.now();
  const value = work();
  return [value, performance.now() - t0];
};

console.log(`(a) timing one officer-year series, ${args.runs} runs after ${args.warmup} warm-up …`);
const officer = pitmanOfficerYear(args.from, 365, args.seed);
const series = {
  officer: '12-h Pitman 2-2-3, days 06–18 / nights 18–06 swapping every 28 days, America/Chicago',
  records: officer.records,
  ...timeSeries(officer, args.runs, args.warmup),
};

console.log(`(b) generating ${args.officers.toLocaleString('en-US')} officers × ${args.days} days …`);
const [files, generateMs] = time(() => generateDutyRecords({ officers: args.officers, days: args.days, seed: args.seed, from: args.from }));
try {
  console.log(`parsing ${files.records.toLocaleString('en-US')} records …`);
  const [dataset, parseMs] = time(() => importFiles(files.shiftsPath, files.officersPath));
  const parseMaxRssMiB = maxRssMiB();
  const [dutyPeriods, dutyPeriodsMs] = time(() => {
    let n = 0;
    for (const o of officerDuties(dataset, DEFAULT_POLICY.timeZone)) n += o.starts.length;
    return n;
  });

  console.log(`duty-level fatigue in ${args.workers} worker threads …`);
  const pooled = await runDutyFatiguePool(officerDuties(dataset, DEFAULT_POLICY.timeZone), { workers: args.workers, batchSize: args.batch });
  const pool = phase(pooled);
  let inProcess: DutyPhase | undefined;
  if (!args.skipInProcess) {
    console.log('duty-level fatigue in-process (N = 1) …');
    const local = runDutyFatigueInProcess(officerDuties(dataset, DEFAULT_POLICY.timeZone), args.batch);
    inProcess = phase(local);
    // Both paths run the same code; different figures would mean the transport lost or reordered officers.
    if (!sameFigures(local, pooled)) throw new Error('the in-process figures differ from the workers’ figures');
  }

  const results: BenchResults = {
    args,
    command: reproduceCommand(args),
    code,
    machine: {
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      availableParallelism: availableParallelism(),
      totalMemoryMiB: totalmem() / MiB,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAverage: { start: loadAverageStart, end: loadavg() },
    },
    series,
    data: { generateMs, records: files.records, shiftsMiB: files.shiftsBytes / MiB, parseMs, parseMaxRssMiB, dutyPeriodsMs, dutyPeriods },
    pool,
    inProcess,
    distribution: fatigueDistribution(pooled.tally),
    benchPeakRssMiB: maxRssMiB(),
    targets: { ...TARGETS, seriesMet: series.full.medianMs <= TARGETS.seriesMs, dutyFatigueMet: pool.wallMs <= TARGETS.dutyFatigueMs },
  };
  const out = args.out ?? DEFAULT_OUT;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${formatResults(results)}\nresults: ${out}`);
} finally {
  rmSync(files.dir, { recursive: true, force: true });
}

function phase(run: DutyFatigueRun): DutyPhase {
  return {
    workers: run.workers,
    wallMs: run.wallMs,
    startupMs: run.startupMs,
    computeMs: run.computeMs,
    batches: run.batches,
    officerYearsPerSecond: (args.officers * args.days) / 365 / (run.wallMs / 1000),
    maxRssMiB: maxRssMiB(),
  };
}

function sameFigures(a: DutyFatigueRun, b: DutyFatigueRun): boolean {
  const same = (x: ArrayLike<number>, y: ArrayLike<number>): boolean => x.length === y.length && Array.from(x).every((v, i) => Object.is(v, y[i]));
  return (['duties', 'maxKss', 'maxLapses', 'kss7', 'kss8', 'lapses10', 'kssHistogram', 'lapsesHistogram'] as const).every((k) => same(a.tally[k], b.tally[k]));
}

function importFiles(shiftsPath: string, officersPath: string): Dataset {
  const result = importDataset({ shifts: fileSource(shiftsPath), officers: fileSource(officersPath) }, DEFAULT_POLICY);
  if (result.ok) return result.value;
  const { issues, total } = result.error;
  throw new Error(`generated data did not import (${total} problems):\n${issues.slice(0, 20).map(formatImportIssue).join('\n')}`);
}

/** The command line that repeats this run, with any node flags it was started with. */
function reproduceCommand(a: BenchArgs): string {
  const flags = [`--officers ${a.officers}`, `--days ${a.days}`, `--seed ${a.seed}`, `--workers ${a.workers}`];
  if (a.from !== DEFAULT_ARGS.from) flags.push(`--from ${a.from}`);
  if (a.batch !== DEFAULT_ARGS.batch) flags.push(`--batch ${a.batch}`);
  if (a.runs !== DEFAULT_ARGS.runs) flags.push(`--runs ${a.runs}`);
  if (a.warmup !== DEFAULT_ARGS.warmup) flags.push(`--warmup ${a.warmup}`);
  if (a.skipInProcess) flags.push('--skip-in-process');
  const nodeFlags = process.execArgv.filter((f, i, all) => f !== '--import' && all[i - 1] !== '--import' && !f.startsWith('--import='));
  const env = process.env.NODE_OPTIONS ? `NODE_OPTIONS="${process.env.NODE_OPTIONS}" ` : '';
  return nodeFlags.length > 0 ? `${env}node ${nodeFlags.join(' ')} --import tsx bench/fatigue/run.ts ${flags.join(' ')}` : `${env}npm run bench:fatigue -- ${flags.join(' ')}`;
}
