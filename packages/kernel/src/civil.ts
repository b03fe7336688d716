import { MS_PER_DAY } from './instant.ts';

/**
 * A calendar date as a whole number of days since 1970-01-01 (which is day 0).
 * Days are zone-free: whether a day number means UTC or local depends on who computed it.
 */
export type DayNumber = number;

export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

// Days-from-civil on the proleptic Gregorian calendar (era-based, exact for any year); plain
// integer arithmetic keeps parsing millions of timestamps free of Date objects.
export function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function civilFromDays(days: DayNumber): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(days: DayNumber): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** The first day of the week (starting on weekday `weekStartsOn`, 0 = Sunday … 6 = Saturday) that holds `day`. */
export function weekStartOf(day: DayNumber, weekStartsOn: number): DayNumber {
  return day - ((dayOfWeek(day) - weekStartsOn + 7) % 7);
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(days: DayNumber): string {
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Month index (year × 12 + month − 1) of a day number, for grouping by calendar month. */
export function monthIndexOfDay(days: DayNumber): number {
  const { year, month } = civilFromDays(days);
  return year * 12 + month - 1;
}

/** `YYYY-MM` of a month index from {@link monthIndexOfDay}. */
export function formatMonthIndex(monthIndex: number): string {
  return `${String(Math.floor(monthIndex / 12)).padStart(4, '0')}-${pad2((monthIndex % 12) + 1)}`;
}

/** Wall-clock milliseconds ("local time read as if it were UTC") of a civil date and time. */
export function wallClockMillis(days: DayNumber, hour = 0, minute = 0, second = 0, ms = 0): number {
  return days * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
