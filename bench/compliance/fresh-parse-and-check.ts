// One `muster check` worth of work in a process of its own, so that its peak memory is not mixed
// with the generator's or another phase's: imports the files, checks once, prints one JSON line.
// Started by run.ts; by hand: node --import tsx bench/compliance/fresh-parse-and-check.ts SHIFTS OFFICERS
import { DEFAULT_POLICY, DEFAULT_RULES, checkCompliance, importDataset } from '@muster/domain';
import { sourceFile as fileSource } from '../../apps/cli/src/input-files.ts';

/** What the child process reports on stdout. */
export interface FreshRun {
  readonly parseMs: number;
  readonly checkMs: number;
  readonly findings: number;
  /** `process.resourceUsage().maxRSS` of this process, in MiB. */
  readonly maxRssMiB: number;
}

const [shiftsPath, officersPath] = process.argv.slice(2);
if (!shiftsPath || !officersPath) {
  console.error('usage: node --import tsx bench/compliance/fresh-parse-and-check.ts SHIFTS OFFICERS');
  process.exit(2);
}
const t0 = performance.now();
const dataset = importDataset({ shifts: fileSource(shiftsPath), officers: fileSource(officersPath) }, DEFAULT_POLICY);
const t1 = performance.now();
if (!dataset.ok) {
  console.error(`the files did not import: ${dataset.error.total} problems`);
  process.exit(1);
}
const result = checkCompliance({
  policy: DEFAULT_POLICY,
  rules: DEFAULT_RULES.filter((rule) => rule.category !== 'fatigue'),
  ledger: dataset.value.ledger,
  ...(dataset.value.officers ? { officers: dataset.value.officers } : {}),
});
const t2 = performance.now();
const run: FreshRun = { parseMs: t1 - t0, checkMs: t2 - t1, findings: result.findings.length, maxRssMiB: process.resourceUsage().maxRSS / 1024 };
console.log(JSON.stringify(run));
