// Frozen once released: change the schema with a new migration; import nothing from muster here.
import { type Kysely, sql } from 'kysely';

const statements = [
  // An operation's proposals are read together (listing them, refusing a second staffing).
  sql`
    create index staffing_proposals_operation on staffing_proposals (operation_id, id)
  `,
  // One staffing per operation: two supervisors accepting two proposals at once cannot both land.
  sql`
    create unique index staffing_proposals_one_staffing on staffing_proposals (operation_id) where status in ('accepted', 'overridden')
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index staffing_proposals_one_staffing`.execute(db);
  await sql`drop index staffing_proposals_operation`.execute(db);
}
