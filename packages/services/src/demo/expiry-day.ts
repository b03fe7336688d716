import type { DayNumber } from '@muster/kernel';
import { addMonths } from './add-months.ts';

/**
 * The last valid local day of a qualification issued on `issued` that stays valid `validityMonths`
 * months: the day before the same date that many months later (grants are valid through `expires`
 * inclusive, see `OfficerQualification`).
 */
export function expiryDay(issued: DayNumber, validityMonths: number): DayNumber {
  return addMonths(issued, validityMonths) - 1;
}
