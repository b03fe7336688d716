import { existsSync, readFileSync } from 'node:fs';
import { type MusterDatabase, PgStore, migrateToLatest, openDatabase } from '@muster/persistence';
import { sql } from 'kysely';
import pg from 'pg';

export type TestEngine = 'pglite' | 'postgres';

/** The server the PostgreSQL half of the suites uses (a schema of its own per test database). */
export const TEST_DATABASE_URL = process.env['MUSTER_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Where the global setup leaves a migrated PGlite data directory to clone (~0.5 s instead of ~4 s). */
export const PGLITE_TEMPLATE = '.tmp/pglite-template.tar.gz';

/** Whether the PostgreSQL server answers; its suites are skipped (visibly) when it does not. */
export async function postgresReachable(url = TEST_DATABASE_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface TestDatabase extends MusterDatabase {
  readonly store: PgStore;
}

let schemaCounter = 0;

/**
 * A migrated, empty database of its own: PGlite cloned from the template (or migrated afresh), or
 * a new schema on the PostgreSQL server that `close()` drops.
 */
export async function openTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const template = existsSync(PGLITE_TEMPLATE) ? new Blob([readFileSync(PGLITE_TEMPLATE)]) : undefined;
    const database = await openDatabase(template === undefined ? {} : { loadDataDir: template });
    if (template === undefined) await migrateToLatest(database.db);
    return { ...database, store: new PgStore(database.db) };
  }
  const schema = `test_${process.pid}_${Date.now().toString(36)}_${schemaCounter++}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  await migrateToLatest(database.db, { schema });
  return {
    ...database,
    store: new PgStore(database.db),
    async close() {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(database.db);
      await database.close();
    },
  };
}
