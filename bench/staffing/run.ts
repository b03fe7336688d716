// Ranks 20,000 officers for operations: staffOperation with the whole agency's records loaded.
// Run: npm run bench:staffing [-- --officers 20000 --runs 100]
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { SeededRng, instant } from '@muster/kernel';
import { DEFAULT_POLICY, type OfficerQualification, type Operation, importDataset } from '@muster/domain';
import { buildStaffingIndex, staffOperation } from '@muster/optimizer';
import { sourceFile } from '../../apps/cli/src/input-files.ts';
import { generateDutyRecords } from '../compliance/generate-duty-records.ts';
import { argsOrExit } from '../shared/bench-flags.ts';
import { int, ms, secs, verdict } from '../shared/report-format.ts';

const TARGET_MS = 50;
const args = argsOrExit((argv) => {
  const { values } = parseArgs({ args: argv, options: { officers: { type: 'string' }, runs: { type: 'string' } }, strict: true });
  const officers = Number(values.officers ?? 20_000);
  const runs = Number(values.runs ?? 100);
  if (!Number.isInteger(officers) || officers < 10 || !Number.isInteger(runs) || runs < 1) throw new RangeError('--officers (≥ 10) and --runs (≥ 1) take whole numbers');
  return { officers, runs };
}, 'npm run bench:staffing -- [--officers N] [--runs N]');

const time = <T>(work: () => T): [T, number] => {
  const t0 = performance.now();
  const value = work();
  return [value, performance.now() - t0];
};

console.log(`generating and parsing ${int(args.officers)} officers × 365 days …`);
const files = generateDutyRecords({ officers: args.officers, days: 365, seed: 2026, from: '2026-01-01' });
try {
  const parsed = importDataset({ shifts: sourceFile(files.shiftsPath), officers: sourceFile(files.officersPath) }, DEFAULT_POLICY);
  if (!parsed.ok) throw new Error('generated data did not import');
  const dataset = parsed.value;
  // Qualifications: every officer holds firearms; about half high-risk-warrant; a fifth PIT and pursuit.
  const rng = new SeededRng(7);
  const qualifications = new Map<string, OfficerQualification[]>();
  const grant = (officerId: string, qualificationId: string): OfficerQualification => ({
    officerId,
    qualificationId,
    issued: 20_400 + rng.int(60),
    expires: 20_600 + rng.int(200),
  });
  for (const id of dataset.officers!.keys()) {
    const list = [grant(id, 'firearms')];
    if (rng.next() < 0.5) list.push(grant(id, 'high-risk-warrant'));
    if (rng.next() < 0.2) list.push(grant(id, 'pit'), grant(id, 'vehicle-pursuit'));
    if (rng.next() < 0.3) list.push(grant(id, 'fto-signoff'));
    qualifications.set(id, list);
  }
  const [index, indexMs] = time(() => buildStaffingIndex(dataset.officers!, dataset.ledger, qualifications, DEFAULT_POLICY));
  const operationAt = (i: number): Operation => {
    const start = Date.UTC(2026, 5, 1 + i, 10 + (i % 3) * 4);
    return {
      id: `OP-${i}`,
      name: `Operation ${i}`,
      start: instant(start),
      end: instant(start + 10 * 3_600_000),
      riskTier: i % 2 === 0 ? 'high' : 'elevated',
      roles: [
        { role: 'team-lead', count: 1, lead: true, requiredQualifications: ['firearms', 'high-risk-warrant'] },
        { role: 'entry-team', count: 6, requiredQualifications: ['firearms', 'high-risk-warrant'] },
        { role: 'pit-driver', count: 2, driving: true, requiredQualifications: ['pit', 'vehicle-pursuit'] },
      ],
    };
  };
  const input = (i: number) => ({ operation: operationAt(i), officers: dataset.officers!, qualifications, ledger: dataset.ledger, policy: DEFAULT_POLICY });
  for (let i = 0; i < 3; i++) staffOperation(input(100 + i), index); // warm-up
  const timings: number[] = [];
  let last;
  for (let i = 0; i < args.runs; i++) {
    const [result, elapsed] = time(() => staffOperation(input(i), index));
    timings.push(elapsed);
    last = result;
  }
  timings.sort((a, b) => a - b);
  const p = (q: number) => timings[Math.min(timings.length - 1, Math.ceil(q * timings.length) - 1)]!;
  console.log(`\nmuster staffing benchmark: ${int(args.officers)} officers, ${int(dataset.recordCount)} records; ${args.runs} operations (9 positions, 10 h, June 2026)`);
  console.log(`machine: ${cpus()[0]?.model.trim()}, ${cpus().length} cores, node ${process.version}`);
  console.log(`index (once per dataset): ${secs(indexMs)}`);
  console.log(`staffOperation: min ${ms(timings[0]!)} · median ${ms(p(0.5))} · p95 ${ms(p(0.95))} · max ${ms(timings.at(-1)!)}`);
  console.log(
    `last operation: team of ${last!.team.length}, unfilled ${last!.unfilled.length}, ${int(last!.excluded.length)} exclusions explained, ${last!.fullyChecked} officers fully checked`,
  );
  console.log(`target    rank ${int(args.officers)} officers ≤ ${TARGET_MS} ms p95: ${verdict(p(0.95), TARGET_MS, ms)}`);
  console.log(`reproduce: npm run bench:staffing -- --officers ${args.officers} --runs ${args.runs}`);
} finally {
  rmSync(files.dir, { recursive: true, force: true });
}
