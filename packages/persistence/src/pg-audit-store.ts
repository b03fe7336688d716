import { instant } from '@muster/kernel';
import type { AuditEntry, AuditFilter, AuditStore, StoredAuditEntry } from '@muster/services';
import type { Kysely, Selectable } from 'kysely';
import { batches } from './batches.ts';
import type { AuditLogTable, DatabaseTables } from './database-tables.ts';

const toEntry = (row: Selectable<AuditLogTable>): StoredAuditEntry => ({
  id: row.id,
  at: instant(row.at.getTime()),
  ...(row.actor_id === null ? {} : { actorId: row.actor_id }),
  ...(row.actor_email === null ? {} : { actorEmail: row.actor_email }),
  action: row.action,
  entity: row.entity,
  entityId: row.entity_id,
  ...(row.before === null ? {} : { before: row.before }),
  ...(row.after === null ? {} : { after: row.after }),
});

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

export class PgAuditStore implements AuditStore {
  constructor(private readonly db: Kysely<DatabaseTables>) {}

  async append(entries: readonly AuditEntry[]): Promise<void> {
    for (const batch of batches(entries, 8)) {
      await this.db
        .insertInto('audit_log')
        .values(
          batch.map((e) => ({
            at: new Date(e.at),
            actor_id: e.actorId ?? null,
            actor_email: e.actorEmail ?? null,
            action: e.action,
            entity: e.entity,
            entity_id: e.entityId,
            before: json(e.before),
            after: json(e.after),
          })),
        )
        .execute();
    }
  }

  async list(filter: AuditFilter): Promise<StoredAuditEntry[]> {
    let query = this.db.selectFrom('audit_log').selectAll();
    if (filter.entity !== undefined) query = query.where('entity', '=', filter.entity);
    if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
    if (filter.actorId !== undefined) query = query.where('actor_id', '=', filter.actorId);
    if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
    return (await query.orderBy('id', 'desc').limit(filter.limit).execute()).map(toEntry);
  }
}
