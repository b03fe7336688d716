import { type DayNumber, formatDay, invariant, readIsoDate } from '@muster/kernel';

/** A `date` column's text as a day number. */
export function dayFromColumn(text: string): DayNumber {
  const day = readIsoDate(text);
  invariant(typeof day === 'number', 'a date column holds YYYY-MM-DD', { text });
  return day;
}

/** A day number as a `date` column's text. */
export const dayToColumn = (day: DayNumber): string => formatDay(day);
