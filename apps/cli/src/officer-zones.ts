import { TimeZone, timeZone } from '@muster/kernel';
import type { Dataset, Policy } from '@muster/domain';

/** The time zone of each officer's wall-clock times: their own, else the policy's. */
export function officerZones(dataset: Dataset, policy: Policy): (officerId: string) => TimeZone {
  const fallback = timeZone(policy.timeZone);
  return (officerId) => {
    const officer = dataset.officers?.get(officerId);
    return (officer && TimeZone.find(officer.timeZone)) || fallback;
  };
}
