import { AppError, instant } from '@muster/kernel';
import type { Role, UserAccount, UserChange, UserStore } from '@muster/services';
import { type Kysely, type Selectable, type Updateable, sql } from 'kysely';
import type { DatabaseTables, UsersTable } from './database-tables.ts';

/** The name PostgreSQL gives the `unique` constraint on `users.email` (migration 20261121T1300). */
const UNIQUE_EMAIL = 'users_email_key';

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

  async list(): Promise<UserAccount[]> {
    // Byte order ("C"), so both engines list alike whatever collation the database was created with.
    return (
      await this.db
        .selectFrom('users')
        .selectAll()
        .orderBy(sql`email collate "C"`)
        .execute()
    ).map(toUser);
  }

  async insert(user: UserAccount): Promise<void> {
    const email = user.email.toLowerCase();
    try {
      await this.#insert({ ...user, email });
    } catch (error) {
      // Both engines report a unique violation as SQLSTATE 23505 with the constraint's name.
      const { code, constraint, message } = error as { code?: string; constraint?: string; message?: string };
      if (code === '23505' && (constraint === UNIQUE_EMAIL || message?.includes(UNIQUE_EMAIL) === true)) {
        throw new AppError('user.email-taken', `An account with the email ${email} exists. Maybe change that account instead (PATCH /api/users/{id}).`, { email });
      }
      throw error;
    }
  }

  async update(id: string, change: UserChange): Promise<UserAccount | undefined> {
    const set: Updateable<UsersTable> = {};
    if (change.role !== undefined) set.role = change.role;
    if (change.officerId !== undefined) set.officer_id = change.officerId;
    if (change.unitIds !== undefined) set.unit_ids = [...change.unitIds];
    if (change.passwordHash !== undefined) set.password_hash = change.passwordHash;
    if (change.disabledAt !== undefined) set.disabled_at = change.disabledAt === null ? null : new Date(change.disabledAt);
    if (Object.keys(set).length === 0) return this.byId(id);
    const row = await this.db.updateTable('users').set(set).where('id', '=', id).returningAll().executeTakeFirst();
    return row && toUser(row);
  }

  async lockEnabledAdmins(): Promise<string[]> {
    const rows = await this.db.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled_at', 'is', null).orderBy('id').forUpdate().execute();
    return rows.map((row) => row.id);
  }

  async #insert(user: UserAccount): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        email: user.email,
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
