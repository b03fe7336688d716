import { type DayNumber, civilFromDays, daysFromCivil, daysInMonth } from '@muster/kernel';

/**
 * The same day of the month `months` calendar months later (earlier when negative), clamped to the
 * month's last day: 31 August + 6 months is 28 (or 29) February.
 */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  return daysFromCivil(toYear, toMonth, Math.min(dayOfMonth, daysInMonth(toYear, toMonth)));
}
