import type { ColumnType, Generated } from 'kysely';

/** Written as a Date (or ISO text), read back as a Date: both engines parse `timestamptz` so. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A calendar day as `YYYY-MM-DD` text (see type-parsers.ts). */
type CalendarDay = string;
type Json<T> = ColumnType<T, string, string>;

export interface UnitsTable {
  id: string;
  name: string;
  field_office: string;
  time_zone: string;
}

export interface OfficersTable {
  id: string;
  name: string;
  unit_id: string;
  rank: string;
  hire_date: CalendarDay;
  prior_le_years: number;
  academy_track: string;
  time_zone: string;
}

export interface OfficerQualificationsTable {
  id: Generated<number>;
  officer_id: string;
  qualification_id: string;
  issued: CalendarDay;
  expires: CalendarDay;
}

export interface DutyRecordsTable {
  id: Generated<number>;
  officer_id: string;
  start_at: Timestamp;
  end_at: Timestamp;
  kind: string;
  operation_id: string | null;
  role: string | null;
  status: string;
  updated_at: Timestamp;
}

export interface PoliciesTable {
  version: number;
  yaml: string;
  created_at: Timestamp;
  created_by: string | null;
}

export interface OperationsTable {
  id: string;
  name: string;
  unit_id: string | null;
  start_at: Timestamp;
  end_at: Timestamp;
  risk_tier: string;
  roles: Json<unknown>;
  time_zone: string | null;
}

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  role: string;
  officer_id: string | null;
  unit_ids: string[];
  created_at: Timestamp;
  disabled_at: Timestamp | null;
}

export interface OverridesTable {
  id: Generated<number>;
  officer_id: string;
  rule_id: string;
  finding_start: Timestamp;
  finding_end: Timestamp;
  reason: string;
  expires_at: Timestamp;
  approved_by: string;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
}

export interface StaffingProposalsTable {
  id: Generated<number>;
  operation_id: string;
  status: string;
  proposal: Json<unknown>;
  team: Json<unknown>;
  created_by: string;
  created_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  reason: string | null;
}

export interface RosterJobsTable {
  id: string;
  unit_id: string;
  from_day: CalendarDay;
  to_day: CalendarDay;
  status: string;
  progress: Json<unknown>;
  result: Json<unknown> | null;
  created_by: string;
  created_at: Timestamp;
  finished_at: Timestamp | null;
  options: Json<unknown>;
}

export interface UnitRosterSettingsTable {
  unit_id: string;
  templates: Json<unknown>;
  weekly_demand: Json<unknown>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

/** The schema as the migrations leave it, for Kysely's typed queries. */
export interface DatabaseTables {
  units: UnitsTable;
  officers: OfficersTable;
  officer_qualifications: OfficerQualificationsTable;
  duty_records: DutyRecordsTable;
  policies: PoliciesTable;
  operations: OperationsTable;
  users: UsersTable;
  overrides: OverridesTable;
  staffing_proposals: StaffingProposalsTable;
  roster_jobs: RosterJobsTable;
  unit_roster_settings: UnitRosterSettingsTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
}
