// Profiles the duty-level fatigue of many officers (in-process: the same code the workers run)
// with V8's sampling profiler and prints where its time goes, packages/fatigue first.
// Writes out/duty-fatigue.cpuprofile for Chrome DevTools or speedscope.
// Run: node --import tsx bench/fatigue/profile-duty-fatigue.ts [OFFICERS=2000] [DAYS=365]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { DEFAULT_POLICY, importDataset } from '@muster/domain';
import { sourceFile as fileSource } from '../../apps/cli/src/input-files.ts';
import { generateDutyRecords } from '../compliance/generate-duty-records.ts';
import { type CpuProfile, summarizeProfile } from '../compliance/summarize-profile.ts';
import { runDutyFatigueInProcess } from './duty-fatigue-pool.ts';
import { officerDuties } from './officer-duties.ts';

const officers = Number(process.argv[2] ?? 2000);
const days = Number(process.argv[3] ?? 365);
const files = generateDutyRecords({ officers, days, seed: 2026 });
try {
  const result = importDataset({ shifts: fileSource(files.shiftsPath), officers: fileSource(files.officersPath) }, DEFAULT_POLICY);
  if (!result.ok) throw new Error(`generated data did not import: ${result.error.total} problems`);
  const dataset = result.value;
  runDutyFatigueInProcess(officerDuties(dataset, DEFAULT_POLICY.timeZone), 200); // warm up: profile optimised code

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 }); // µs
  await session.post('Profiler.start');
  const run = runDutyFatigueInProcess(officerDuties(dataset, DEFAULT_POLICY.timeZone), 200);
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  session.disconnect();

  const out = fileURLToPath(new URL('./out/duty-fatigue.cpuprofile', import.meta.url));
  mkdirSync(fileURLToPath(new URL('./out/', import.meta.url)), { recursive: true });
  writeFileSync(out, JSON.stringify(profile));
  console.log(`${officers} officers × ${days} days: ${(run.wallMs / 1000).toFixed(2)} s in-process while profiled\n`);
  console.log(summarizeProfile(profile, 25));
  console.log(`\nprofile: ${out}`);
} finally {
  rmSync(files.dir, { recursive: true, force: true });
}
