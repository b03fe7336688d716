import type { ShiftTemplate } from '@muster/domain';
import { instant } from '@muster/kernel';
import type { RosterSettingsStore, UnitRosterSettings, WeeklyDemand } from '@muster/services';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseTables, UnitRosterSettingsTable } from './database-tables.ts';

const toSettings = (row: Selectable<UnitRosterSettingsTable>): UnitRosterSettings => ({
  unitId: row.unit_id,
  templates: row.templates as ShiftTemplate[],
  weeklyDemand: row.weekly_demand as WeeklyDemand[],
  updatedAt: instant(row.updated_at.getTime()),
  ...(row.updated_by === null ? {} : { updatedBy: row.updated_by }),
});

export class PgRosterSettingsStore implements RosterSettingsStore {
  constructor(private readonly db: Kysely<DatabaseTables>) {}

  async get(unitId: string): Promise<UnitRosterSettings | undefined> {
    const row = await this.db.selectFrom('unit_roster_settings').selectAll().where('unit_id', '=', unitId).executeTakeFirst();
    return row && toSettings(row);
  }

  async put(settings: UnitRosterSettings): Promise<UnitRosterSettings> {
    const values = {
      templates: JSON.stringify(settings.templates),
      weekly_demand: JSON.stringify(settings.weeklyDemand),
      updated_at: new Date(settings.updatedAt),
      updated_by: settings.updatedBy ?? null,
    };
    const row = await this.db
      .insertInto('unit_roster_settings')
      .values({ unit_id: settings.unitId, ...values })
      .onConflict((conflict) => conflict.column('unit_id').doUpdateSet(values))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSettings(row);
  }
}
