// Before any test file: migrate one embedded database and dump it, so every test that needs a
// database clones the dump instead of starting and migrating PGlite again.
import { mkdirSync, writeFileSync } from 'node:fs';
import { migrateToLatest, openDatabase } from '@muster/persistence';
import { PGLITE_TEMPLATE } from '../packages/testkit/src/test-database.ts';

export default async function setup(): Promise<void> {
  const database = await openDatabase();
  await migrateToLatest(database.db);
  const dump = await database.pglite!.dumpDataDir('gzip');
  mkdirSync('.tmp', { recursive: true });
  writeFileSync(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
  await database.close();
}
