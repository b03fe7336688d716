import type { SettingStore } from '@muster/services';
import type { Kysely } from 'kysely';
import type { DatabaseTables } from './database-tables.ts';

export class PgSettingStore implements SettingStore {
  constructor(private readonly db: Kysely<DatabaseTables>) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
  }

  async putIfAbsent(key: string, value: string): Promise<string> {
    await this.db
      .insertInto('settings')
      .values({ key, value })
      .onConflict((conflict) => conflict.column('key').doNothing())
      .execute();
    return (await this.get(key))!;
  }
}
