import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { type Clock, instant } from '@muster/kernel';
import { type MusterDatabase, PgStore, migrateToLatest, openDatabase } from '@muster/persistence';
import { type DemoSeedResult, createServiceContext, failInterruptedRosterJobs, hashPassword, seedDemoAgency, checkPassword, auditEntry, userDto } from '@muster/services';
import { buildApp } from './build-app.ts';
import type { ServiceConfig } from './service-config.ts';
import { WorkerRosterSolver } from './workers/worker-roster-solver.ts';

export interface RunningService {
  readonly app: FastifyInstance;
  readonly database: MusterDatabase;
  readonly url: string;
  readonly demo?: DemoSeedResult;
  readonly migrated: readonly string[];
  stop(): Promise<void>;
}

const systemClock: Clock = { now: () => instant(Date.now()) };

/** Opens and migrates the database, seeds the demo (first start only), and listens. */
export async function startService(config: ServiceConfig, log: (line: string) => void): Promise<RunningService> {
  const database = await openDatabase(config.databaseUrl === undefined ? { dataDir: config.dataDir } : { databaseUrl: config.databaseUrl });
  const migrated = await migrateToLatest(database.db);
  const store = new PgStore(database.db);
  // The signing key lives in the database, so sessions survive a restart and every process agrees.
  const tokenKey = await store.settings.putIfAbsent('session-token-key', randomBytes(32).toString('base64url'));
  let demo: DemoSeedResult | undefined;
  if (config.demo) {
    const started = Date.now();
    demo = await seedDemoAgency(store, systemClock, { password: config.demoPassword, shape: config.demoShape });
    if (demo.seeded)
      log(`Loaded the demo agency (${demo.counts!.officers} officers, ${demo.counts!.dutyRecords} duty records) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } else if ((await store.users.count()) === 0 && config.adminEmail !== undefined && config.adminPassword !== undefined) {
    // The first admin's password meets the same rule as every other account's.
    checkPassword(config.adminPassword, config.adminEmail);
    const admin = {
      id: randomUUID(),
      email: config.adminEmail.toLowerCase(),
      passwordHash: await hashPassword(config.adminPassword),
      role: 'admin' as const,
      unitIds: [],
      createdAt: systemClock.now(),
    };
    await store.transaction(async (tx) => {
      await tx.users.insert(admin);
      await tx.audit.append([auditEntry(undefined, admin.createdAt, 'user.create', 'user', admin.id, undefined, userDto(admin))]);
    });
    log(`Created the first admin account, ${config.adminEmail}.`);
  }
  // A roster job's search and queue live in this process's memory: what the last one left running cannot finish.
  const interrupted = await failInterruptedRosterJobs(store, systemClock);
  if (interrupted > 0) log(`Marked ${interrupted} roster job(s) failed: the service stopped before they finished.`);
  const ctx = createServiceContext({ store, clock: systemClock, tokenKey, solver: new WorkerRosterSolver() });
  const webRoot = fileURLToPath(new URL('../../web/dist/', import.meta.url));
  if (!existsSync(`${webRoot}index.html`)) log('The web app is not built (npm run build -w @muster/web); serving the API only.');
  const app = await buildApp({ ctx, webRoot, logger: { level: process.env['LOG_LEVEL'] ?? 'warn' } });
  const address = await app.listen({ port: config.port, host: config.host });
  const port = new URL(address).port;
  return {
    app,
    database,
    url: `http://localhost:${port}`,
    ...(demo === undefined ? {} : { demo }),
    migrated,
    async stop() {
      await app.close();
      await ctx.rosterJobs.stop();
      await database.close();
    },
  };
}
