// Profiles `checkCompliance` alone (not the import) with V8's sampling profiler and prints where
// its time goes. Writes out/check.cpuprofile for Chrome DevTools or speedscope.
// Run: npm run bench:compliance -- --keep   (note the folder it prints), then
//      node --import tsx bench/compliance/profile-check.ts DIR/shifts.csv DIR/officers.csv
import { writeFileSync, mkdirSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { DEFAULT_POLICY, checkCompliance, importDataset } from '@muster/domain';
import { sourceFile as fileSource } from '../../apps/cli/src/input-files.ts';
import { type CpuProfile, summarizeProfile } from './summarize-profile.ts';

const [shiftsPath, officersPath] = process.argv.slice(2);
if (!shiftsPath || !officersPath) {
  console.error('usage: node --import tsx bench/compliance/profile-check.ts SHIFTS OFFICERS');
  process.exit(2);
}
const dataset = importDataset({ shifts: fileSource(shiftsPath), officers: fileSource(officersPath) }, DEFAULT_POLICY);
if (!dataset.ok) {
  console.error(`the files did not import: ${dataset.error.total} problems`);
  process.exit(1);
}
const input = { policy: DEFAULT_POLICY, ledger: dataset.value.ledger, ...(dataset.value.officers ? { officers: dataset.value.officers } : {}) };
checkCompliance(input); // warm up, so the profile shows optimised code as the benchmark's later runs do

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 }); // µs
await session.post('Profiler.start');
const t0 = performance.now();
checkCompliance(input);
const ms = performance.now() - t0;
const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
session.disconnect();

const out = fileURLToPath(new URL('./out/check.cpuprofile', import.meta.url));
mkdirSync(fileURLToPath(new URL('./out/', import.meta.url)), { recursive: true });
writeFileSync(out, JSON.stringify(profile));
console.log(`checkCompliance: ${(ms / 1000).toFixed(2)} s while profiled\n`);
console.log(summarizeProfile(profile, 25));
console.log(`\nprofile: ${out}`);
