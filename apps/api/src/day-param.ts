import { AppError, type DayNumber, readIsoDate } from '@muster/kernel';

/** The longest range one request may ask for, in days (a quarter): boards and checks stay bounded. */
export const MAX_RANGE_DAYS = 92;

/** `from`/`to` query values as day numbers, `to` not before `from` and the range bounded. */
export function dayRange(from: string, to: string): { from: DayNumber; to: DayNumber } {
  const a = readIsoDate(from);
  const b = readIsoDate(to);
  if (typeof a !== 'number') throw new AppError('request.invalid', `from=${from} is not a date that exists (YYYY-MM-DD).`, { from });
  if (typeof b !== 'number') throw new AppError('request.invalid', `to=${to} is not a date that exists (YYYY-MM-DD).`, { to });
  if (b < a) throw new AppError('request.invalid', `to=${to} is before from=${from}. Maybe swap them.`, { from, to });
  if (b - a + 1 > MAX_RANGE_DAYS) throw new AppError('request.invalid', `${b - a + 1} days asked for; at most ${MAX_RANGE_DAYS} at a time.`, { from, to });
  return { from: a, to: b };
}
