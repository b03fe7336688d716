// The roster board of a 300-officer unit over 28 days, with its findings, under 32 concurrent
// clients, on the embedded database and on PostgreSQL. The server is `npm start`'s own process;
// the load comes from this one, over loopback.
// Run: npm run bench:api [-- --seconds 20 --concurrency 32 --officers 300 --engines pglite,postgres]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type MusterServer, startMusterServer } from '../../packages/testkit/src/muster-server.ts';
import { argsOrExit } from '../shared/bench-flags.ts';
import { int, ms, verdict } from '../shared/report-format.ts';
import { type LatencyStats, latencyStats } from './latency-stats.ts';
import { runLoad } from './load-loop.ts';

const TARGET_P95_MS = 100;
const PG_ADMIN_URL = process.env['MUSTER_BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BENCH_DB = 'muster_bench_api';

const args = argsOrExit((argv) => {
  const { values } = parseArgs({
    args: argv,
    options: { seconds: { type: 'string' }, concurrency: { type: 'string' }, officers: { type: 'string' }, engines: { type: 'string' } },
    strict: true,
  });
  const seconds = Number(values.seconds ?? 20);
  const concurrency = Number(values.concurrency ?? 32);
  const officers = Number(values.officers ?? 300);
  const engines = (values.engines ?? 'pglite,postgres').split(',');
  if (!(seconds > 0) || !Number.isInteger(concurrency) || concurrency < 1 || !Number.isInteger(officers) || officers < 10)
    throw new RangeError('--seconds > 0, --concurrency ≥ 1 and --officers ≥ 10');
  if (engines.some((e) => e !== 'pglite' && e !== 'postgres')) throw new RangeError('--engines takes pglite and/or postgres');
  return { seconds, concurrency, officers, engines: engines as ('pglite' | 'postgres')[] };
}, 'npm run bench:api -- [--seconds 20] [--concurrency 32] [--officers 300] [--engines pglite,postgres]');

function startServer(env: Record<string, string>): Promise<MusterServer> {
  return startMusterServer({ ...env, MUSTER_DEMO_PASSWORD: 'bench', MUSTER_DEMO_OFFICERS: String(args.officers), MUSTER_DEMO_OFFICES: '1', MUSTER_DEMO_UNITS_PER_OFFICE: '1' });
}

async function json<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

interface EngineResult {
  readonly engine: string;
  readonly officers: number;
  readonly records: number;
  readonly findings: number;
  readonly bytesJson: number;
  readonly bytesGzip: number;
  readonly coldMs: number;
  readonly gzip: LatencyStats & { errors: number };
  readonly identity: LatencyStats & { errors: number };
  readonly afterWrite: { readonly write: LatencyStats; readonly board: LatencyStats };
}

async function benchEngine(engine: 'pglite' | 'postgres'): Promise<EngineResult> {
  let cleanup: () => Promise<void>;
  let env: Record<string, string>;
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'muster-bench-api-'));
    env = { MUSTER_DATA_DIR: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${BENCH_DB}`);
    await admin.query(`create database ${BENCH_DB}`);
    await admin.end();
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${BENCH_DB}`;
    env = { DATABASE_URL: url.toString() };
    cleanup = async () => {
      const again = new pg.Client({ connectionString: PG_ADMIN_URL });
      await again.connect();
      await again.query(`drop database if exists ${BENCH_DB}`);
      await again.end();
    };
  }
  console.log(`\n${engine}: starting the server and loading a ${args.officers}-officer unit …`);
  const server = await startServer(env);
  try {
    const { token } = await json<{ token: string }>(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'supervisor@demo.muster', password: 'bench' }),
    });
    const auth = { authorization: `Bearer ${token}` };
    const me = await json<{ unitIds: string[] }>(`${server.url}/api/me`, { headers: auth });
    const unit = me.unitIds[0]!;
    // 28 days: the two weeks worked and the two weeks published ahead of today.
    const today = new Date();
    const day = (offset: number): string => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset)).toISOString().slice(0, 10);
    const boardUrl = `${server.url}/api/units/${unit}/roster?from=${day(-14)}&to=${day(13)}`;
    let board: { officers: unknown[]; records: { id: number; officerId: string }[]; findings: unknown[] } | undefined;
    const coldMs = await timed(async () => (board = await json(boardUrl, { headers: auth })));
    const bytesJson = JSON.stringify(board).length;
    const gzipped = await fetch(boardUrl, { headers: { ...auth, 'accept-encoding': 'gzip' } });
    const bytesGzip = Number(gzipped.headers.get('content-length') ?? (await gzipped.arrayBuffer()).byteLength);
    console.log(
      `  board: ${int(board!.officers.length)} officers, ${int(board!.records.length)} records, ${int(board!.findings.length)} findings; first (cold) read ${ms(coldMs)}`,
    );
    await runLoad({ url: boardUrl, headers: { ...auth, 'accept-encoding': 'gzip' }, concurrency: args.concurrency, durationMs: 2000 });
    const load = async (headers: Record<string, string>) => {
      const result = await runLoad({ url: boardUrl, headers: { ...auth, ...headers }, concurrency: args.concurrency, durationMs: args.seconds * 1000 });
      return { ...latencyStats(result.latenciesMs, result.elapsedMs), errors: result.errors };
    };
    const gzip = await load({ 'accept-encoding': 'gzip' });
    console.log(
      `  ${args.concurrency} clients, gzip:     p50 ${ms(gzip.p50)}  p95 ${ms(gzip.p95)}  p99 ${ms(gzip.p99)}  ${int(Math.round(gzip.perSecond))} req/s, ${gzip.errors} errors`,
    );
    const identity = await load({});
    console.log(
      `  ${args.concurrency} clients, identity: p50 ${ms(identity.p50)}  p95 ${ms(identity.p95)}  p99 ${ms(identity.p99)}  ${int(Math.round(identity.perSecond))} req/s, ${identity.errors} errors`,
    );
    // A supervisor's edit, then the board: the unit's findings are recomputed (nothing cached).
    const officerId = board!.records[0]!.officerId;
    const start = Date.parse(`${day(20)}T08:00:00Z`);
    const [created] = (
      await json<{ items: { id: number }[] }>(`${server.url}/api/duty-records`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ records: [{ officerId, start: new Date(start).toISOString(), end: new Date(start + 8 * 3_600_000).toISOString(), kind: 'training' }] }),
      })
    ).items;
    const writes: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < 20; i++) {
      const shift = (i % 2) * 3_600_000;
      writes.push(
        await timed(() =>
          json(`${server.url}/api/duty-records/${created!.id}`, {
            method: 'PATCH',
            headers: { ...auth, 'content-type': 'application/json' },
            body: JSON.stringify({ start: new Date(start + shift).toISOString(), end: new Date(start + shift + 8 * 3_600_000).toISOString() }),
          }),
        ),
      );
      reads.push(await timed(() => fetch(boardUrl, { headers: { ...auth, 'accept-encoding': 'gzip' } }).then((r) => r.arrayBuffer())));
    }
    const afterWrite = {
      write: latencyStats(
        writes,
        writes.reduce((a, b) => a + b, 0),
      ),
      board: latencyStats(
        reads,
        reads.reduce((a, b) => a + b, 0),
      ),
    };
    console.log(`  after each of 20 edits: edit p50 ${ms(afterWrite.write.p50)}, re-checked board p50 ${ms(afterWrite.board.p50)} p95 ${ms(afterWrite.board.p95)}`);
    return { engine, officers: board!.officers.length, records: board!.records.length, findings: board!.findings.length, bytesJson, bytesGzip, coldMs, gzip, identity, afterWrite };
  } finally {
    await server.stop();
    await cleanup();
  }
}

const results: EngineResult[] = [];
for (const engine of args.engines) results.push(await benchEngine(engine));

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;
console.log(`\nRoster board of a ${args.officers}-officer unit over 28 days, ${args.concurrency} concurrent clients for ${args.seconds} s each (${machine})`);
console.log('| engine | records | findings | JSON / gzip | first read | p50 | p95 | p99 | req/s | p95 without gzip | re-check after an edit p50 / p95 |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.engine} | ${int(r.records)} | ${int(r.findings)} | ${int(Math.round(r.bytesJson / 1024))} KiB / ${int(Math.round(r.bytesGzip / 1024))} KiB | ${ms(r.coldMs)} | ${ms(r.gzip.p50)} | ${ms(r.gzip.p95)} | ${ms(r.gzip.p99)} | ${int(Math.round(r.gzip.perSecond))} | ${ms(r.identity.p95)} | ${ms(r.afterWrite.board.p50)} / ${ms(r.afterWrite.board.p95)} |`,
  );
}
for (const r of results) console.log(`${r.engine}: p95 ${verdict(r.gzip.p95, TARGET_P95_MS, ms)}`);
mkdirSync(new URL('out/', import.meta.url), { recursive: true });
writeFileSync(new URL('out/results.json', import.meta.url), `${JSON.stringify({ machine, args, results }, null, 2)}\n`);
