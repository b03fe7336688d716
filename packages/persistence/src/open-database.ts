import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseTables } from './database-tables.ts';
import { pglitePool } from './pglite-pool.ts';
import { TYPE_PARSERS } from './type-parsers.ts';

export type DatabaseEngine = 'pglite' | 'postgres';

/** Where the data lives: a PostgreSQL server, or the embedded engine on disk, in memory, or cloned from a dump. */
export interface DatabaseOptions {
  /** `postgres://…` of a server; when absent muster uses the embedded PGlite. */
  readonly databaseUrl?: string;
  /** PGlite's data directory; absent means in memory (tests). */
  readonly dataDir?: string;
  /** A PGlite data-directory dump to start from (a migrated template, so tests skip the migrations). */
  readonly loadDataDir?: Blob;
  /** Connections to a server (default 10). */
  readonly poolSize?: number;
}

/** An open database: typed queries, which engine answers them, and how to close it. */
export interface MusterDatabase {
  readonly db: Kysely<DatabaseTables>;
  readonly engine: DatabaseEngine;
  /** Where the embedded engine keeps its files, if on disk. */
  readonly dataDir?: string;
  /** The embedded engine, for dumping a template; absent on a server. */
  readonly pglite?: PGlite;
  close(): Promise<void>;
}

/** Opens PostgreSQL at `databaseUrl` if given, else the embedded PGlite. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<MusterDatabase> {
  if (options.databaseUrl !== undefined) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => TYPE_PARSERS[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser },
    });
    const db = new Kysely<DatabaseTables>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  if (options.dataDir !== undefined) mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }),
    parsers: TYPE_PARSERS as Record<number, (value: string) => unknown>,
  });
  const db = new Kysely<DatabaseTables>({ dialect: new PostgresDialect({ pool: pglitePool(pglite) as never }) });
  return { db, engine: 'pglite', ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }), pglite, close: () => db.destroy() };
}
