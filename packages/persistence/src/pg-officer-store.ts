import type { AcademyTrack, Officer } from '@muster/domain';
import type { OfficerFilter, OfficerStore } from '@muster/services';
import type { Kysely } from 'kysely';
import { batches } from './batches.ts';
import { dayFromColumn, dayToColumn } from './calendar-day.ts';
import type { DatabaseTables, OfficersTable } from './database-tables.ts';

const toOfficer = (row: OfficersTable): Officer => ({
  id: row.id,
  name: row.name,
  unit: row.unit_id,
  rank: row.rank,
  hireDate: dayFromColumn(row.hire_date),
  priorLeYears: row.prior_le_years,
  academyTrack: row.academy_track as AcademyTrack,
  timeZone: row.time_zone,
});

const toRow = (o: Officer): OfficersTable => ({
  id: o.id,
  name: o.name,
  unit_id: o.unit,
  rank: o.rank,
  hire_date: dayToColumn(o.hireDate),
  prior_le_years: o.priorLeYears,
  academy_track: o.academyTrack,
  time_zone: o.timeZone,
});

export class PgOfficerStore implements OfficerStore {
  constructor(private readonly db: Kysely<DatabaseTables>) {}

  async list(filter: OfficerFilter = {}): Promise<Officer[]> {
    let query = this.db.selectFrom('officers').selectAll();
    if (filter.unitIds !== undefined) {
      if (filter.unitIds.length === 0) return [];
      query = query.where('unit_id', 'in', [...filter.unitIds]);
    }
    if (filter.ids !== undefined) {
      if (filter.ids.length === 0) return [];
      query = query.where('id', 'in', [...filter.ids]);
    }
    return (await query.orderBy('id').execute()).map(toOfficer);
  }

  async get(id: string): Promise<Officer | undefined> {
    const row = await this.db.selectFrom('officers').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toOfficer(row);
  }

  async upsertMany(officers: readonly Officer[]): Promise<void> {
    for (const batch of batches(officers, 8)) {
      await this.db
        .insertInto('officers')
        .values(batch.map(toRow))
        .onConflict((conflict) =>
          conflict.column('id').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            unit_id: eb.ref('excluded.unit_id'),
            rank: eb.ref('excluded.rank'),
            hire_date: eb.ref('excluded.hire_date'),
            prior_le_years: eb.ref('excluded.prior_le_years'),
            academy_track: eb.ref('excluded.academy_track'),
            time_zone: eb.ref('excluded.time_zone'),
          })),
        )
        .execute();
    }
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('officers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
