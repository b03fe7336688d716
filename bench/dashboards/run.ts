// The leadership dashboards' first (uncached) load on the demo agency (600 officers in 6 units),
// over the web page's default range: the four whole weeks before today.
//  1. The fatigue-exposure part alone, in process: `officerExposure` for every officer of the
//     generated demo agency, and for the officers of one unit (first call timed apart from later ones).
//  2. The whole answer through the API: `npm start`'s server with the demo, `GET /api/dashboards`
//     for the agency and for one unit, each on a freshly started server so nothing is cached.
// Run: node --import tsx bench/dashboards/run.ts [--runs 5] [--api 1]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_POLICY, type DutyRecord, type Officer } from '@muster/domain';
import { MS_PER_DAY, TimeZone, type DayNumber, formatDay, timeZone } from '@muster/kernel';
import { dashboardWeeks } from '../../packages/services/src/dashboards/dashboard-weeks.ts';
import { officerExposure } from '../../packages/services/src/dashboards/fatigue-exposure.ts';
import { generateDemoAgency } from '../../packages/services/src/demo/generate-demo-agency.ts';
import { startMusterServer } from '../../packages/testkit/src/muster-server.ts';
import { argsOrExit } from '../shared/bench-flags.ts';
import { ms } from '../shared/report-format.ts';

const args = argsOrExit((argv) => {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string' }, api: { type: 'string' } }, strict: true });
  const runs = Number(values.runs ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError('--runs must be a whole number ≥ 1');
  return { runs, api: (values.api ?? '1') !== '0' };
}, 'node --import tsx bench/dashboards/run.ts [--runs 5] [--api 1|0]');

const CHICAGO = timeZone('America/Chicago');
const today = CHICAGO.localDayOf(Date.now() as never);
const to = (today - 1) as DayNumber;
const from = (to - 27) as DayNumber;
const weeks = dashboardWeeks(from, to);

function fatiguePart(): void {
  const agency = generateDemoAgency({ seed: 2026, today });
  const byOfficer = new Map<string, DutyRecord[]>();
  for (const r of agency.dutyRecords) {
    const list = byOfficer.get(r.officerId) ?? [];
    list.push(r);
    byOfficer.set(r.officerId, list);
  }
  const fallback = timeZone(DEFAULT_POLICY.timeZone);
  const zoneOf = (o: Officer): TimeZone => TimeZone.find(o.timeZone) ?? fallback;
  const kssLevel = DEFAULT_POLICY.rules['fatigue.kss-on-duty']?.warn ?? 7;
  // The records the service reads: from 35 days before the range to 2 days after it.
  const readFrom = CHICAGO.startOfLocalDay(from) - 36 * MS_PER_DAY;
  const readTo = CHICAGO.startOfLocalDay(to + 1) + 3 * MS_PER_DAY;
  const recordsOf = (o: Officer): DutyRecord[] => (byOfficer.get(o.id) ?? []).filter((r) => r.end > readFrom && r.start < readTo);
  const unit = agency.units[0]!.id;
  const groups = [
    { name: `agency (${agency.officers.length} officers)`, officers: agency.officers },
    { name: `unit ${unit} (${agency.officers.filter((o) => o.unit === unit).length} officers)`, officers: agency.officers.filter((o) => o.unit === unit) },
  ];
  console.log(`fatigue exposure alone (officerExposure per officer), ${formatDay(from)}..${formatDay(to)}, ${weeks.length} weeks, KSS ≥ ${kssLevel}:`);
  for (const group of groups) {
    const inputs = group.officers.map((o) => ({ records: recordsOf(o), zone: zoneOf(o) }));
    const times: number[] = [];
    let dutyHours = 0;
    let aboveHours = 0;
    for (let run = 0; run < args.runs; run++) {
      const t0 = performance.now();
      let duty = 0;
      let above = 0;
      for (const { records, zone } of inputs) {
        const e = officerExposure(records, zone, DEFAULT_POLICY, kssLevel, weeks);
        for (let i = 0; i < weeks.length; i++) {
          duty += e.dutyEpochs[i]!;
          above += e.atOrAboveEpochs[i]!;
        }
      }
      times.push(performance.now() - t0);
      dutyHours = (duty * DEFAULT_POLICY.fatigue.epochMinutes) / 60;
      aboveHours = (above * DEFAULT_POLICY.fatigue.epochMinutes) / 60;
    }
    const later = times.slice(1).sort((a, b) => a - b);
    const median = later.length > 0 ? later[Math.floor(later.length / 2)]! : NaN;
    console.log(`  ${group.name}: first ${ms(times[0]!)}, median of later runs ${ms(median)}; duty ${dutyHours} h, at or above ${aboveHours} h`);
  }
}

async function firstLoad(
  query: string | ((scopes: { offices: { units: { id: string }[] }[] }) => string),
): Promise<{ query: string; firstMs: number; againMs: number; share: number | null }> {
  const dir = mkdtempSync(join(tmpdir(), 'muster-bench-dash-'));
  const server = await startMusterServer({ MUSTER_DATA_DIR: dir, MUSTER_DEMO_PASSWORD: 'bench' }, 180_000);
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'leadership@demo.muster', password: 'bench' }),
    });
    const { token } = (await login.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}` };
    let q = typeof query === 'string' ? query : '';
    if (typeof query !== 'string') q = query((await (await fetch(`${server.url}/api/dashboards/scopes`, { headers })).json()) as never);
    const url = `${server.url}/api/dashboards?from=${formatDay(from)}&to=${formatDay(to)}${q}`;
    const t0 = performance.now();
    const first = await fetch(url, { headers });
    const body = (await first.json()) as { fatigue: { total: { share: number | null } } };
    const firstMs = performance.now() - t0;
    if (!first.ok) throw new Error(`GET ${url}: ${first.status} ${JSON.stringify(body)}`);
    const t1 = performance.now();
    await (await fetch(url, { headers })).json();
    return { query: q, firstMs, againMs: performance.now() - t1, share: body.fatigue.total.share };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

fatiguePart();
if (args.api) {
  console.log('GET /api/dashboards on a fresh server with the demo agency (leadership):');
  for (const query of ['', (s: { offices: { units: { id: string }[] }[] }) => `&unit=${s.offices[0]!.units[0]!.id}`]) {
    const r = await firstLoad(query);
    console.log(`  ${r.query === '' ? 'agency' : r.query.slice(1)}: first load ${ms(r.firstMs)}, cached ${ms(r.againMs)}; fatigue share ${r.share}`);
  }
}
