import type { DutyRecord } from '../model/duty-record.ts';
import type { Operation } from '../model/operation.ts';
import type { Policy } from '../policy/policy.ts';

/**
 * The qualifications a record's role requires: those the policy sets for the role everywhere,
 * plus those its operation sets for that role. Cached per operation and role.
 */
export function requiredQualificationsLookup(policy: Policy, operations: ReadonlyMap<string, Operation>): (record: DutyRecord) => readonly string[] {
  const cache = new Map<string, readonly string[]>();
  const none: readonly string[] = [];
  return (record) => {
    if (record.role === undefined) return none;
    const key = `${record.operationId ?? ''}\u0000${record.role}`;
    let required = cache.get(key);
    if (!required) {
      const fromPolicy = policy.roles[record.role] ?? [];
      const operation = record.operationId === undefined ? undefined : operations.get(record.operationId);
      const fromOperation = operation?.roles.find((r) => r.role === record.role)?.requiredQualifications ?? [];
      required = [...new Set([...fromPolicy, ...fromOperation])];
      cache.set(key, required);
    }
    return required;
  };
}
