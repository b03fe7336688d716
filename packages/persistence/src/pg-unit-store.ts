import type { Unit } from '@muster/domain';
import type { UnitStore } from '@muster/services';
import type { Kysely } from 'kysely';
import type { DatabaseTables, UnitsTable } from './database-tables.ts';

const toUnit = (row: UnitsTable): Unit => ({ id: row.id, name: row.name, fieldOffice: row.field_office, timeZone: row.time_zone });

export class PgUnitStore implements UnitStore {
  constructor(private readonly db: Kysely<DatabaseTables>) {}

  async list(): Promise<Unit[]> {
    return (await this.db.selectFrom('units').selectAll().orderBy('id').execute()).map(toUnit);
  }

  async get(id: string): Promise<Unit | undefined> {
    const row = await this.db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUnit(row);
  }

  async insertMany(units: readonly Unit[]): Promise<void> {
    if (units.length === 0) return;
    await this.db
      .insertInto('units')
      .values(units.map((u) => ({ id: u.id, name: u.name, field_office: u.fieldOffice, time_zone: u.timeZone })))
      .execute();
  }
}
