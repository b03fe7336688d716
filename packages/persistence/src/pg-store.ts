import type { Store } from '@muster/services';
import { type Kysely, sql } from 'kysely';
import type { DatabaseTables } from './database-tables.ts';
import { PgAuditStore } from './pg-audit-store.ts';
import { PgDutyStore } from './pg-duty-store.ts';
import { PgOfficerStore } from './pg-officer-store.ts';
import { PgOperationStore } from './pg-operation-store.ts';
import { PgOverrideStore } from './pg-override-store.ts';
import { PgPolicyStore } from './pg-policy-store.ts';
import { PgProposalStore } from './pg-proposal-store.ts';
import { PgQualificationStore } from './pg-qualification-store.ts';
import { PgRosterJobStore } from './pg-roster-job-store.ts';
import { PgRosterSettingsStore } from './pg-roster-settings-store.ts';
import { PgSettingStore } from './pg-setting-store.ts';
import { PgUnitStore } from './pg-unit-store.ts';
import { PgUserStore } from './pg-user-store.ts';

/** The Store port on PostgreSQL or PGlite (the same SQL on both). */
export class PgStore implements Store {
  readonly units;
  readonly officers;
  readonly qualifications;
  readonly operations;
  readonly duty;
  readonly policies;
  readonly users;
  readonly overrides;
  readonly proposals;
  readonly audit;
  readonly settings;
  readonly rosterSettings;
  readonly rosterJobs;

  constructor(
    private readonly db: Kysely<DatabaseTables>,
    private readonly inTransaction = false,
  ) {
    this.units = new PgUnitStore(db);
    this.officers = new PgOfficerStore(db);
    this.qualifications = new PgQualificationStore(db);
    this.operations = new PgOperationStore(db);
    this.duty = new PgDutyStore(db);
    this.policies = new PgPolicyStore(db);
    this.users = new PgUserStore(db);
    this.overrides = new PgOverrideStore(db);
    this.proposals = new PgProposalStore(db);
    this.audit = new PgAuditStore(db);
    this.settings = new PgSettingStore(db);
    this.rosterSettings = new PgRosterSettingsStore(db);
    this.rosterJobs = new PgRosterJobStore(db);
  }

  transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    // A transaction inside a transaction joins it: the outer one decides whether all of it lands.
    if (this.inTransaction) return work(this);
    return this.db.transaction().execute((trx) => work(new PgStore(trx, true)));
  }

  async ping(): Promise<boolean> {
    try {
      await sql`select 1`.execute(this.db);
      return true;
    } catch {
      return false;
    }
  }
}
