// Frozen: this migration has run on agencies' databases. Change the schema with a new migration;
// import nothing from muster here, so later code changes cannot alter what this one did.
import { type Kysely, sql } from 'kysely';

const statements = [
  sql`
    create table units (
      id text primary key,
      name text not null,
      field_office text not null,
      time_zone text not null
    )
  `,
  sql`
    create table officers (
      id text primary key,
      name text not null,
      unit_id text not null references units (id),
      rank text not null,
      hire_date date not null,
      prior_le_years numeric not null default 0,
      academy_track text not null check (academy_track in ('full', 'abbreviated', 'lateral')),
      time_zone text not null
    )
  `,
  sql`
    create index officers_unit on officers (unit_id, id)
  `,
  sql`
    create table officer_qualifications (
      id bigserial primary key,
      officer_id text not null references officers (id),
      qualification_id text not null,
      issued date not null,
      expires date not null,
      unique (officer_id, qualification_id, issued),
      check (expires >= issued)
    )
  `,
  sql`
    create table duty_records (
      id bigserial primary key,
      officer_id text not null references officers (id),
      start_at timestamptz not null,
      end_at timestamptz not null,
      kind text not null check (kind in ('regular', 'overtime', 'training', 'court', 'on_call', 'travel')),
      operation_id text,
      role text,
      status text not null check (status in ('draft', 'published', 'cancelled')),
      updated_at timestamptz not null,
      check (end_at > start_at)
    )
  `,
  sql`
    create index duty_records_officer_start on duty_records (officer_id, start_at)
  `,
  sql`
    create table policies (
      version integer primary key,
      yaml text not null,
      created_at timestamptz not null,
      created_by uuid
    )
  `,
  sql`
    create table operations (
      id text primary key,
      name text not null,
      unit_id text references units (id),
      start_at timestamptz not null,
      end_at timestamptz not null,
      risk_tier text not null check (risk_tier in ('low', 'elevated', 'high', 'critical')),
      roles jsonb not null,
      time_zone text,
      check (end_at > start_at)
    )
  `,
  sql`
    create table users (
      id uuid primary key,
      email text not null unique,
      password_hash text not null,
      role text not null check (role in ('officer', 'supervisor', 'training', 'leadership', 'analyst', 'admin')),
      officer_id text references officers (id),
      unit_ids text[] not null,
      created_at timestamptz not null,
      disabled_at timestamptz
    )
  `,
  sql`
    create table overrides (
      id bigserial primary key,
      officer_id text not null references officers (id),
      rule_id text not null,
      finding_start timestamptz not null,
      finding_end timestamptz not null,
      reason text not null check (length(reason) > 0),
      expires_at timestamptz not null,
      approved_by uuid not null references users (id),
      created_at timestamptz not null,
      revoked_at timestamptz,
      revoked_by uuid references users (id)
    )
  `,
  sql`
    create index overrides_officer on overrides (officer_id, finding_start)
  `,
  sql`
    create table staffing_proposals (
      id bigserial primary key,
      operation_id text not null references operations (id),
      status text not null check (status in ('proposed', 'accepted', 'overridden', 'discarded')),
      proposal jsonb not null,
      team jsonb not null,
      created_by uuid not null references users (id),
      created_at timestamptz not null,
      decided_by uuid references users (id),
      decided_at timestamptz,
      reason text
    )
  `,
  sql`
    create table roster_jobs (
      id uuid primary key,
      unit_id text not null references units (id),
      from_day date not null,
      to_day date not null,
      status text not null check (status in ('queued', 'running', 'done', 'failed', 'cancelled', 'accepted', 'discarded')),
      progress jsonb not null,
      result jsonb,
      created_by uuid not null references users (id),
      created_at timestamptz not null,
      finished_at timestamptz
    )
  `,
  sql`
    create table audit_log (
      id bigserial primary key,
      at timestamptz not null,
      actor_id uuid,
      actor_email text,
      action text not null,
      entity text not null,
      entity_id text not null,
      before jsonb,
      after jsonb
    )
  `,
  sql`
    create index audit_log_entity on audit_log (entity, entity_id)
  `,
  sql`
    create table settings (
      key text primary key,
      value text not null
    )
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement at a time: both engines run a parameterised query as a single statement.
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table settings, audit_log, roster_jobs, staffing_proposals, overrides, users, operations,
      policies, duty_records, officer_qualifications, officers, units
  `.execute(db);
}
