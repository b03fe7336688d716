import type { DutyKind } from '@muster/domain';
import { type Instant, instant } from '@muster/kernel';
import type { DutyRecordChange, DutyStatus, DutyStore, NewDutyRecord, StoredDutyRecord } from '@muster/services';
import type { Kysely, Selectable, Updateable } from 'kysely';
import { batches } from './batches.ts';
import type { DatabaseTables, DutyRecordsTable } from './database-tables.ts';

const toRecord = (row: Selectable<DutyRecordsTable>): StoredDutyRecord => ({
  id: row.id,
  officerId: row.officer_id,
  start: instant(row.start_at.getTime()),
  end: instant(row.end_at.getTime()),
  kind: row.kind as DutyKind,
  ...(row.operation_id === null ? {} : { operationId: row.operation_id }),
  ...(row.role === null ? {} : { role: row.role }),
  status: row.status as DutyStatus,
  updatedAt: instant(row.updated_at.getTime()),
});

export class PgDutyStore implements DutyStore {
  constructor(private readonly db: Kysely<DatabaseTables>) {}

  async between(officerIds: readonly string[], from: Instant, to: Instant, options: { readonly includeCancelled?: boolean } = {}): Promise<StoredDutyRecord[]> {
    if (officerIds.length === 0) return [];
    let query = this.db
      .selectFrom('duty_records')
      .selectAll()
      .where('officer_id', 'in', [...officerIds])
      .where('start_at', '<', new Date(to))
      .where('end_at', '>', new Date(from));
    if (options.includeCancelled !== true) query = query.where('status', '<>', 'cancelled');
    return (await query.orderBy('officer_id').orderBy('start_at').orderBy('id').execute()).map(toRecord);
  }

  async get(id: number): Promise<StoredDutyRecord | undefined> {
    const row = await this.db.selectFrom('duty_records').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toRecord(row);
  }

  async insertMany(records: readonly NewDutyRecord[], at: Instant): Promise<StoredDutyRecord[]> {
    const stored: StoredDutyRecord[] = [];
    const updatedAt = new Date(at);
    for (const batch of batches(records, 8)) {
      const rows = await this.db
        .insertInto('duty_records')
        .values(
          batch.map((r) => ({
            officer_id: r.officerId,
            start_at: new Date(r.start),
            end_at: new Date(r.end),
            kind: r.kind,
            operation_id: r.operationId ?? null,
            role: r.role ?? null,
            status: r.status,
            updated_at: updatedAt,
          })),
        )
        .returningAll()
        .execute();
      stored.push(...rows.map(toRecord));
    }
    return stored;
  }

  async update(id: number, change: DutyRecordChange, at: Instant): Promise<StoredDutyRecord | undefined> {
    const set: Updateable<DutyRecordsTable> = { updated_at: new Date(at) };
    if (change.officerId !== undefined) set.officer_id = change.officerId;
    if (change.start !== undefined) set.start_at = new Date(change.start);
    if (change.end !== undefined) set.end_at = new Date(change.end);
    if (change.kind !== undefined) set.kind = change.kind;
    if (change.status !== undefined) set.status = change.status;
    const row = await this.db.updateTable('duty_records').set(set).where('id', '=', id).returningAll().executeTakeFirst();
    return row && toRecord(row);
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('duty_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
