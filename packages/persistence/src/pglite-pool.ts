import type { PGlite } from '@electric-sql/pglite';

/** The part of a `pg` pool client that Kysely's PostgreSQL driver uses. */
interface PoolClient {
  query(sql: string, parameters: unknown[]): Promise<{ command: string; rowCount: number; rows: unknown[] }>;
  release(): void;
}

/**
 * Presents one embedded PGlite database as a `pg`-style pool of a single connection, so Kysely's own
 * PostgreSQL dialect drives both engines. PGlite has one session: a transaction holds the
 * connection until it commits, and other queries wait their turn in order.
 */
export function pglitePool(database: PGlite): { connect(): Promise<PoolClient>; end(): Promise<void> } {
  let tail: Promise<void> = Promise.resolve();
  const client = (release: () => void): PoolClient => ({
    async query(sql, parameters) {
      const result = await database.query(sql, parameters);
      return { command: commandOf(sql), rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
    },
    release,
  });
  return {
    connect() {
      let release!: () => void;
      const turn = new Promise<void>((resolve) => (release = resolve));
      const ready = tail.then(() => client(release));
      tail = tail.then(() => turn);
      return ready;
    },
    end: () => database.close(),
  };
}

/** The statement's command word (INSERT, UPDATE …), which Kysely reads to report affected rows. */
function commandOf(sql: string): string {
  return (/^\s*(\w+)/.exec(sql)?.[1] ?? '').toUpperCase();
}
