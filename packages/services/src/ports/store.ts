import type { AuditStore } from './audit-store.ts';
import type { DutyStore } from './duty-store.ts';
import type { OfficerStore } from './officer-store.ts';
import type { OperationStore } from './operation-store.ts';
import type { OverrideStore } from './override-store.ts';
import type { PolicyStore } from './policy-store.ts';
import type { ProposalStore } from './proposal-store.ts';
import type { QualificationStore } from './qualification-store.ts';
import type { RosterJobStore } from './roster-job-store.ts';
import type { RosterSettingsStore } from './roster-settings-store.ts';
import type { SettingStore } from './setting-store.ts';
import type { UnitStore } from './unit-store.ts';
import type { UserStore } from './user-store.ts';

/**
 * Everything muster keeps, behind one port. The services read and write only through it; a
 * persistence adapter implements it on PGlite and on PostgreSQL, held to one contract suite.
 */
export interface Store {
  readonly units: UnitStore;
  readonly officers: OfficerStore;
  readonly qualifications: QualificationStore;
  readonly operations: OperationStore;
  readonly duty: DutyStore;
  readonly policies: PolicyStore;
  readonly users: UserStore;
  readonly overrides: OverrideStore;
  readonly proposals: ProposalStore;
  readonly audit: AuditStore;
  readonly settings: SettingStore;
  readonly rosterSettings: RosterSettingsStore;
  readonly rosterJobs: RosterJobStore;
  /** Runs `work` in one transaction: all its writes land, or none (an error rolls back). */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
  /** Whether the database answers (the health check). */
  ping(): Promise<boolean>;
}
