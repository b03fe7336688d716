import { type Instant, instant } from '@muster/kernel';
import type { PolicyStore, StoredPolicy } from '@muster/services';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseTables, PoliciesTable } from './database-tables.ts';

const toPolicy = (row: Selectable<PoliciesTable>): StoredPolicy => ({
  version: row.version,
  yaml: row.yaml,
  createdAt: instant(row.created_at.getTime()),
  ...(row.created_by === null ? {} : { createdBy: row.created_by }),
});

export class PgPolicyStore implements PolicyStore {
  constructor(private readonly db: Kysely<DatabaseTables>) {}

  async latest(): Promise<StoredPolicy | undefined> {
    const row = await this.db.selectFrom('policies').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
    return row && toPolicy(row);
  }

  async append(yaml: string, at: Instant, createdBy?: string): Promise<StoredPolicy> {
    const version = ((await this.latest())?.version ?? 0) + 1;
    const row = await this.db
      .insertInto('policies')
      .values({ version, yaml, created_at: new Date(at), created_by: createdBy ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toPolicy(row);
  }
}
