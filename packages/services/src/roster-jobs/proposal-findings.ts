import { type DutyRecord, type Finding, type Operation, checkCompliance } from '@muster/domain';
import type { RosterInput } from '@muster/optimizer';

/** Each officer's pinned records with the proposed ones, in start order: the ledger the proposal would leave. */
export function proposalLedger(input: RosterInput, proposed: readonly DutyRecord[]): Map<string, DutyRecord[]> {
  const ledger = new Map<string, DutyRecord[]>([...input.officers.keys()].map((id) => [id, [...(input.pinned.get(id) ?? [])]]));
  for (const record of proposed) ledger.get(record.officerId)?.push(record);
  for (const records of ledger.values()) records.sort((a, b) => a.start - b.start);
  return ledger;
}

/**
 * What `muster check` reports on the proposal: the policy's rules on every officer's pinned and
 * proposed records, findings that touch the rostered days.
 */
export function proposalFindings(input: RosterInput, ledger: ReadonlyMap<string, readonly DutyRecord[]>, operations: ReadonlyMap<string, Operation>): Finding[] {
  const result = checkCompliance({
    policy: input.policy,
    ledger,
    officers: input.officers,
    qualifications: input.qualifications,
    operations,
    range: { from: input.from, to: input.to },
    ...(input.sleep === undefined ? {} : { sleep: input.sleep }),
  });
  return [...result.findings];
}
