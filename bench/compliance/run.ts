// Compliance benchmark (issue 2, item 7): generates a year of duty records for an agency, then
// times parsing, the check, and both, and reports peak memory against the targets.
// Run: npm run bench:compliance [-- --officers N --days N --seed N --runs N --keep]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { DEFAULT_POLICY, DEFAULT_RULES, type Dataset, checkCompliance, formatImportIssue, importDataset, summarizeFindings } from '@muster/domain';

/** The compliance target covers the duty-time and qualification rules; fatigue has its own target (bench/fatigue). */
const COMPLIANCE_RULES = DEFAULT_RULES.filter((rule) => rule.category !== 'fatigue');
import { type BenchArgs, DEFAULT_ARGS, USAGE, parseBenchArgs } from './bench-args.ts';
import { sourceFile as fileSource } from '../../apps/cli/src/input-files.ts';
import type { FreshRun } from './fresh-parse-and-check.ts';
import { type BenchResults, TARGETS, formatResults } from './format-results.ts';
import { type GeneratedDutyRecords, generateDutyRecords } from './generate-duty-records.ts';
import { argsOrExit } from '../shared/bench-flags.ts';

const MiB = 1024 * 1024;
const DEFAULT_OUT = fileURLToPath(new URL('./out/results.json', import.meta.url));
const FRESH_SCRIPT = fileURLToPath(new URL('./fresh-parse-and-check.ts', import.meta.url));
// Exposed only under `node --expose-gc`; collecting between phases keeps one phase's garbage out of the next.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

const args: BenchArgs = argsOrExit(parseBenchArgs, USAGE);

const maxRssMiB = (): number => process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
const time = <T>(work: () => T): [T, number] => {
  const t0 = performance.now();
  const value = work();
  return [value, performance.now() - t0];
};

function importFiles(files: GeneratedDutyRecords): Dataset {
  const result = importDataset({ shifts: fileSource(files.shiftsPath), officers: fileSource(files.officersPath) }, DEFAULT_POLICY);
  if (result.ok) return result.value;
  // The generator must never write invalid data; its spec checks that on small runs.
  const { issues, total } = result.error;
  throw new Error(`generated data did not import (${total} problems):\n${issues.slice(0, 20).map(formatImportIssue).join('\n')}`);
}

console.log(`generating ${args.officers.toLocaleString('en-US')} officers × ${args.days} days …`);
const [files, generateMs] = time(() => generateDutyRecords({ officers: args.officers, days: args.days, seed: args.seed, from: args.from }));
try {
  gc();
  console.log(`parsing ${files.records.toLocaleString('en-US')} records …`);
  const [dataset, parseMs] = time(() => importFiles(files));
  gc();
  const heapUsedMiB = process.memoryUsage().heapUsed / MiB;
  const parseRss = maxRssMiB();

  const runsMs: number[] = [];
  let summary: ReturnType<typeof summarizeFindings> | undefined;
  for (let run = 1; run <= args.runs; run++) {
    console.log(`check run ${run} of ${args.runs} …`);
    const [result, ms] = time(() =>
      checkCompliance({ policy: DEFAULT_POLICY, rules: COMPLIANCE_RULES, ledger: dataset.ledger, ...(dataset.officers ? { officers: dataset.officers } : {}) }),
    );
    runsMs.push(ms);
    summary = summarizeFindings(result.findings, result.officersChecked, result.recordsChecked);
  }
  const checkRss = maxRssMiB();

  console.log('check with the whole default policy, fatigue rules included …');
  const [full, fullMs] = time(() => checkCompliance({ policy: DEFAULT_POLICY, ledger: dataset.ledger, ...(dataset.officers ? { officers: dataset.officers } : {}) }));
  const fullSummary = summarizeFindings(full.findings, full.officersChecked, full.recordsChecked);

  console.log('parse + check in a fresh process …');
  const fresh = freshParseAndCheck(files);
  if (fresh.findings !== summary!.findings) throw new Error(`the fresh check found ${fresh.findings} findings, the in-process one ${summary!.findings}`);

  const sorted = [...runsMs].sort((a, b) => a - b);
  const medianMs = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  const results: BenchResults = {
    args,
    command: reproduceCommand(args),
    machine: {
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      totalMemoryMiB: totalmem() / MiB,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      heapLimitMiB: getHeapStatistics().heap_size_limit / MiB,
    },
    generated: {
      ms: generateMs,
      records: files.records,
      byKind: files.byKind,
      withOffset: files.withOffset,
      shiftsMiB: files.shiftsBytes / MiB,
      officersKiB: files.officersBytes / 1024,
    },
    parse: { ms: parseMs, heapUsedMiB, maxRssMiB: parseRss },
    check: { runsMs, minMs: sorted[0]!, medianMs, maxRssMiB: checkRss },
    fullPolicyCheck: { ms: fullMs, findings: fullSummary.findings, byRule: fullSummary.byRule },
    parseAndCheck: { ms: fresh.parseMs + fresh.checkMs, parseMs: fresh.parseMs, checkMs: fresh.checkMs, maxRssMiB: fresh.maxRssMiB },
    benchPeakRssMiB: maxRssMiB(),
    findings: {
      total: summary!.findings,
      officersChecked: summary!.officersChecked,
      officersWithFindings: summary!.officersWithFindings,
      byLevel: summary!.byLevel,
      byRule: summary!.byRule,
    },
    targets: { ...TARGETS, checkMet: medianMs <= TARGETS.checkMs, memoryMet: fresh.maxRssMiB <= TARGETS.peakRssMiB },
  };
  const out = args.out ?? DEFAULT_OUT;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${formatResults(results)}\nresults: ${out}`);
} finally {
  if (args.keep) console.log(`files kept in ${files.dir}`);
  else rmSync(files.dir, { recursive: true, force: true });
}

/**
 * Runs fresh-parse-and-check.ts in a child process with this process's node flags (so `--import
 * tsx` and `--max-old-space-size` carry over) and waits for it: its peak RSS is that of one
 * `muster check`, free of the generator's and the earlier phases' memory.
 */
function freshParseAndCheck(files: GeneratedDutyRecords): FreshRun {
  const child = spawnSync(process.execPath, [...process.execArgv, FRESH_SCRIPT, files.shiftsPath, files.officersPath], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`fresh-parse-and-check.ts failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as FreshRun;
}

/** The command line that repeats this run, with any node flags it was started with. */
function reproduceCommand(a: BenchArgs): string {
  const flags = [`--officers ${a.officers}`, `--days ${a.days}`, `--seed ${a.seed}`];
  if (a.from !== DEFAULT_ARGS.from) flags.push(`--from ${a.from}`);
  if (a.runs !== DEFAULT_ARGS.runs) flags.push(`--runs ${a.runs}`);
  const nodeFlags = process.execArgv.filter((f, i, all) => f !== '--import' && all[i - 1] !== '--import' && !f.startsWith('--import='));
  const env = process.env.NODE_OPTIONS ? `NODE_OPTIONS="${process.env.NODE_OPTIONS}" ` : '';
  return nodeFlags.length > 0
    ? `${env}node ${nodeFlags.join(' ')} --import tsx bench/compliance/run.ts ${flags.join(' ')}`
    : `${env}npm run bench:compliance -- ${flags.join(' ')}`;
}
