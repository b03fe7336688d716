import { instant } from '@muster/kernel';
import type { Role, UserAccount, UserStore } from '@muster/services';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseTables, UsersTable } from './database-tables.ts';

const toUser = (row: Selectable<UsersTable>): UserAccount => ({
  id: row.id,
  email: row.email,
  passwordHash: row.password_hash,
  role: row.role as Role,
  ...(row.officer_id === null ? {} : { officerId: row.officer_id }),
  unitIds: row.unit_ids,
  createdAt: instant(row.created_at.getTime()),
  ...(row.disabled_at === null ? {} : { disabledAt: instant(row.disabled_at.getTime()) }),
});

export class PgUserStore implements UserStore {
  constructor(private readonly db: Kysely<DatabaseTables>) {}

  async byEmail(email: string): Promise<UserAccount | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    return row && toUser(row);
  }

  async byId(id: string): Promise<UserAccount | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  }

  async insert(user: UserAccount): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        email: user.email.toLowerCase(),
        password_hash: user.passwordHash,
        role: user.role,
        officer_id: user.officerId ?? null,
        unit_ids: [...user.unitIds],
        created_at: new Date(user.createdAt),
        disabled_at: user.disabledAt === undefined ? null : new Date(user.disabledAt),
      })
      .execute();
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
