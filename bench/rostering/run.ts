// The rostering benchmark: every Curtois & Qu instance with a time limit, beside the best known and
// the best published 10-minute results. Run: npm run bench:rostering [-- --time-limit 60 --threads 2 --instances 1-24]
// With --seeds 1,2,3 every instance runs once per seed and a table of the spread follows: single
// 60-s runs of the same code differ by up to 16 % (Instance8: 1308–1513), so compare schedules over seeds.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { curtoisModel, evaluateCurtois, parseCurtoisInstance } from '@muster/optimizer';
import { solveCurtoisPortfolio } from '@muster/optimizer/worker';
import { argsOrExit } from '../shared/bench-flags.ts';
import { int } from '../shared/report-format.ts';
import { type BenchRow, rootLpNote, seedsOf, spreadOf, targets } from './bench-runs.ts';
import { CURTOIS_DIR, bestKnown, bestPublished } from './published-results.ts';

const USAGE = 'npm run bench:rostering -- [--time-limit SEC] [--threads N] [--seed N | --seeds 1,2,3] [--instances 1-24|3,5,7]';
const OUT = fileURLToPath(new URL('./out/results.json', import.meta.url));

const args = argsOrExit((argv) => {
  const { values } = parseArgs({
    args: argv,
    options: { 'time-limit': { type: 'string' }, threads: { type: 'string' }, seed: { type: 'string' }, seeds: { type: 'string' }, instances: { type: 'string' } },
    strict: true,
  });
  const number = (text: string | undefined, fallback: number, name: string): number => {
    const n = text === undefined ? fallback : Number(text);
    if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`--${name} must be a positive number, got "${text}"`);
    return n;
  };
  const list = (values.instances ?? '1-24').split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number);
    if (!Number.isInteger(a) || (b !== undefined && !Number.isInteger(b))) throw new RangeError(`--instances takes numbers and ranges like 1-12,20, got "${values.instances}"`);
    return b === undefined ? [a!] : Array.from({ length: b - a! + 1 }, (_, i) => a! + i);
  });
  const seeds = seedsOf(values.seed, values.seeds);
  return { timeLimitS: number(values['time-limit'], 60, 'time-limit'), threads: number(values.threads, 2, 'threads'), seeds, instances: list };
}, USAGE);

const known = bestKnown();
const published = bestPublished(10);
const rows: BenchRow[] = [];
const seedList = args.seeds.join(',');
const several = args.seeds.length > 1;
console.log(`muster rostering benchmark: ${args.instances.length} instances × ${args.timeLimitS} s, ${args.threads} thread(s), ${several ? 'seeds' : 'seed'} ${seedList}`);
console.log(
  `machine: ${cpus()[0]?.model.trim()}, ${cpus().length} cores, ${int(Math.round(totalmem() / 2 ** 20))} MiB, node ${process.version}; load average at start ${loadavg()[0]!.toFixed(2)}\n`,
);
console.log(
  `instance     ${several ? 'seed  ' : ''}H×E×S        objective  hard  best known   gap %   best 10-min published   ≤ published   MIP subproblems   root LP (columns thread)`,
);
for (const n of args.instances) {
  // Read and parse once per instance; every seed solves the same text.
  const name = `Instance${n}`;
  const text = readFileSync(`${CURTOIS_DIR}${name}.txt`, 'utf8');
  const parsed = parseCurtoisInstance(name, text);
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  const instance = parsed.value;
  const model = curtoisModel(instance);
  const best = known.get(name)!;
  const paper = published.get(name);
  const size = `${instance.horizon}×${instance.staff.length}×${instance.shifts.length}`;
  for (const seed of args.seeds) {
    const result = await solveCurtoisPortfolio({ name, text, threads: args.threads, seed, timeLimitMs: args.timeLimitS * 1000 });
    const evaluation = evaluateCurtois(model, result.roster);
    const gap = ((evaluation.objective - best) / best) * 100;
    const row: BenchRow = {
      instance: name,
      seed,
      size,
      objective: evaluation.objective,
      hardViolations: evaluation.violations.length,
      bestKnown: best,
      gapPercent: Math.round(gap * 100) / 100,
      published10min: paper?.objective ?? null,
      published10minMethod: paper?.method ?? null,
      atOrBelowPublished: paper ? evaluation.feasible && evaluation.objective <= paper.objective : null,
      steps: result.threads.reduce((s, t) => s + t.steps, 0),
      mipSubproblems: result.threads.reduce((s, t) => s + t.subproblems, 0),
      rootLp: rootLpNote(result.threads.find((t) => t.columnGeneration)?.columnGeneration),
    };
    rows.push(row);
    console.log(
      `${name.padEnd(12)} ${several ? String(seed).padEnd(5) + ' ' : ''}${row.size.padEnd(12)} ${String(row.objective).padStart(9)} ${String(row.hardViolations).padStart(5)} ${String(best).padStart(11)} ${row.gapPercent.toFixed(2).padStart(7)}   ${String(paper?.objective ?? '—').padStart(21)}   ${(row.atOrBelowPublished === null ? '—' : row.atOrBelowPublished ? 'yes' : 'no').padEnd(13)} ${String(row.mipSubproblems).padStart(15)}   ${row.rootLp}`,
    );
  }
}
const summaries = args.seeds.map((seed) => ({ seed, ...targets(rows.filter((r) => r.seed === seed)) }));
for (const summary of summaries) {
  console.log(several ? `\nseed ${summary.seed}:` : '');
  console.log(`no hard violation on any instance: ${summary.feasibleAll ? 'yes' : 'NO'}`);
  console.log(`at or below the best published 10-minute result (1–19): ${summary.atOrBelowPublished1to19}`);
  console.log(`within 1 % of the best known (1–12): ${summary.within1Percent1to12}`);
  console.log(`gap on 20–24: ${JSON.stringify(summary.gaps20to24)}`);
}
const spread = several ? args.instances.map((n) => spreadOf(rows.filter((r) => r.instance === `Instance${n}`))) : [];
if (several) {
  console.log('\nspread over seeds: instance, objective min / median / max, runs at or below the published 10-minute result, runs within 1 % of the best known');
  for (const s of spread)
    console.log(
      `${s.instance.padEnd(12)} ${String(s.min).padStart(9)} ${String(s.median).padStart(9)} ${String(s.max).padStart(9)}   ≤ published ${s.atOrBelowPublished ?? '—'}   within 1 % ${s.within1Percent}`,
    );
}
console.log(
  `\nreproduce: npm run bench:rostering -- --time-limit ${args.timeLimitS} --threads ${args.threads} ${several ? `--seeds ${seedList}` : `--seed ${seedList}`} --instances ${args.instances.join(',')}`,
);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(
  OUT,
  `${JSON.stringify({ args, machine: { cpu: cpus()[0]?.model.trim(), cores: cpus().length, node: process.version }, rows, summary: several ? summaries : summaries[0], ...(several ? { spread } : {}) }, null, 2)}\n`,
);
console.log(`results: ${OUT}`);
