import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import { AppError } from '@muster/kernel';
import { MIGRATIONS } from '../migrations/index.ts';

/**
 * Brings the schema up to the newest migration (each runs once, in name order, in a transaction
 * on PostgreSQL; Kysely records what ran in `kysely_migration`). Returns the names that ran now.
 */
export async function migrateToLatest<T>(db: Kysely<T>, options: { readonly schema?: string; readonly migrations?: Readonly<Record<string, Migration>> } = {}): Promise<string[]> {
  const migrations = options.migrations ?? MIGRATIONS;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...migrations }) },
    // Kysely looks for its bookkeeping tables in this schema; a schema other than `public` (a test's
    // own) must be named, or it looks in the wrong place.
    ...(options.schema === undefined ? {} : { migrationTableSchema: options.schema }),
  });
  const outcome: MigrationResultSet = await migrator.migrateToLatest();
  if (outcome.error !== undefined) {
    const failed = outcome.results?.find((result) => result.status === 'Error')?.migrationName;
    throw new AppError(
      'database.migration-failed',
      `Migration ${failed ?? '(unknown)'} failed: ${String((outcome.error as Error).message ?? outcome.error)}. Maybe the database was changed by hand; nothing after it ran.`,
      {
        migration: failed,
      },
    );
  }
  return (outcome.results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
