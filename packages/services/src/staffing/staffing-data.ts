import type { DutyRecord, Officer, OfficerQualification, Policy } from '@muster/domain';
import { MS_PER_DAY, TimeZone, instant, timeZone } from '@muster/kernel';
import { groupBy } from '../group-by.ts';
import type { StoredOperation } from '../ports/operation-store.ts';
import type { Store } from '../ports/store.ts';
import type { PolicyVersion } from '../policy/policy-in-force.ts';
import { HISTORY_DAYS } from '../roster/officer-findings.ts';

/** What the staffing engine reads about the candidates of an operation, from the store. */
export interface StaffingData {
  readonly officers: ReadonlyMap<string, Officer>;
  readonly qualifications: ReadonlyMap<string, readonly OfficerQualification[]>;
  /** Each officer's records (not cancelled; drafts count), sorted by start. */
  readonly ledger: ReadonlyMap<string, readonly DutyRecord[]>;
  readonly policy: Policy;
  readonly policyVersion: number;
  /** The officer's zone, for wording exclusions (the policy's for an officer without a known one). */
  zoneOf(officerId: string): TimeZone;
}

/**
 * Reads the candidates' grants and their records from HISTORY_DAYS before the operation to as long
 * after it: every rule's lookback (and look-ahead, for rest and runs after the operation) fits.
 */
export async function staffingData(store: Store, policy: PolicyVersion, operation: StoredOperation, officers: readonly Officer[]): Promise<StaffingData> {
  const ids = officers.map((o) => o.id);
  const [grants, records] = await Promise.all([
    store.qualifications.forOfficers(ids),
    store.duty.between(ids, instant(operation.start - HISTORY_DAYS * MS_PER_DAY), instant(operation.end + HISTORY_DAYS * MS_PER_DAY)),
  ]);
  const byId = new Map(officers.map((o) => [o.id, o]));
  const fallback = timeZone(policy.policy.timeZone);
  return {
    officers: byId,
    qualifications: groupBy(grants, (g) => g.officerId),
    ledger: groupBy(records, (r) => r.officerId),
    policy: policy.policy,
    policyVersion: policy.version,
    zoneOf: (officerId) => {
      const officer = byId.get(officerId);
      return (officer && TimeZone.find(officer.timeZone)) ?? fallback;
    },
  };
}
