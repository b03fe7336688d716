// Frozen once released: change the schema with a new migration; import nothing from muster here.
import { type Kysely, sql } from 'kysely';

const statements = [
  // A unit's shift templates and weekly demand, replaced whole by each save (one row per unit).
  sql`
    create table unit_roster_settings (
      unit_id text primary key references units (id),
      templates jsonb not null,
      weekly_demand jsonb not null,
      updated_at timestamptz not null,
      updated_by uuid references users (id)
    )
  `,
  // What a roster job was asked for (time limit, step limit, seed), so a run can be repeated.
  sql`
    alter table roster_jobs add column options jsonb not null default '{}'::jsonb
  `,
  sql`
    create index roster_jobs_unit on roster_jobs (unit_id, created_at)
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index roster_jobs_unit`.execute(db);
  await sql`alter table roster_jobs drop column options`.execute(db);
  await sql`drop table unit_roster_settings`.execute(db);
}
