import { type Dataset, buildDutyPeriods } from '@muster/domain';
import type { OfficerDuties } from './duty-batches.ts';

/**
 * Each officer's duty periods from an imported dataset, in ledger order, built lazily with
 * `buildDutyPeriods` (so a pool starts computing before every officer is built). The zone is the
 * officer's own, or `defaultZone` for an officer without an officers.csv row.
 */
export function* officerDuties(dataset: Dataset, defaultZone: string): Generator<OfficerDuties> {
  for (const [id, records] of dataset.ledger) {
    const periods = buildDutyPeriods(records);
    yield { zone: dataset.officers?.get(id)?.timeZone ?? defaultZone, starts: periods.starts, ends: periods.ends };
  }
}
