import type { OperationRole, RiskTier } from '@muster/domain';
import { instant } from '@muster/kernel';
import type { OperationStore, StoredOperation } from '@muster/services';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseTables, OperationsTable } from './database-tables.ts';

const toOperation = (row: Selectable<OperationsTable>): StoredOperation => ({
  id: row.id,
  name: row.name,
  start: instant(row.start_at.getTime()),
  end: instant(row.end_at.getTime()),
  riskTier: row.risk_tier as RiskTier,
  roles: row.roles as OperationRole[],
  ...(row.time_zone === null ? {} : { timeZone: row.time_zone }),
  ...(row.unit_id === null ? {} : { unitId: row.unit_id }),
});

export class PgOperationStore implements OperationStore {
  constructor(private readonly db: Kysely<DatabaseTables>) {}

  async list(): Promise<StoredOperation[]> {
    return (await this.db.selectFrom('operations').selectAll().orderBy('start_at').orderBy('id').execute()).map(toOperation);
  }

  async get(id: string): Promise<StoredOperation | undefined> {
    const row = await this.db.selectFrom('operations').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toOperation(row);
  }

  async assignedTo(officerId: string): Promise<StoredOperation[]> {
    const rows = await this.db
      .selectFrom('operations')
      .selectAll()
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('duty_records')
            .select('duty_records.id')
            .whereRef('duty_records.operation_id', '=', 'operations.id')
            .where('duty_records.officer_id', '=', officerId)
            .where('duty_records.status', '<>', 'cancelled'),
        ),
      )
      .orderBy('start_at')
      .orderBy('id')
      .execute();
    return rows.map(toOperation);
  }

  async insertMany(operations: readonly StoredOperation[]): Promise<void> {
    if (operations.length === 0) return;
    await this.db
      .insertInto('operations')
      .values(
        operations.map((o) => ({
          id: o.id,
          name: o.name,
          unit_id: o.unitId ?? null,
          start_at: new Date(o.start),
          end_at: new Date(o.end),
          risk_tier: o.riskTier,
          roles: JSON.stringify(o.roles),
          time_zone: o.timeZone ?? null,
        })),
      )
      .execute();
  }
}
