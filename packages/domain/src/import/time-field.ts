import { type Instant, IsoDateTimeReader, type TimeZone, formatDay, instant, readIsoDate } from '@muster/kernel';
import type { CsvRow } from './csv-table.ts';

const reader = new IsoDateTimeReader();

/**
 * Reads an ISO 8601 date-time column. With an offset it is absolute; without one it is wall-clock
 * time in `zone`. A wall-clock time that occurs twice (fall-back night) means its first
 * occurrence; one that does not exist (spring-forward night) is a problem.
 */
export function readTimeField<C extends string>(row: CsvRow<C>, column: C, zone: TimeZone): Instant | undefined {
  const text = row.required(column);
  if (text === undefined) return undefined;
  if (!reader.read(text)) {
    const why = reader.problem === 'range' ? 'a part is out of range' : 'expected ISO 8601 like 2026-01-05T22:00 or 2026-01-05T22:00:00-06:00';
    row.problem(column, 'import.bad-time', `bad time "${text}": ${why}`);
    return undefined;
  }
  if (reader.hasOffset) return instant(reader.value);
  const at = zone.toInstant(reader.value);
  if (at === undefined) {
    const later = zone.toInstantLenient(reader.value);
    row.problem(
      column,
      'import.nonexistent-local-time',
      `"${text}" does not exist in ${zone.name}: the clocks spring forward that night. Maybe ${localText(later, zone)}, or give an offset?`,
    );
    return undefined;
  }
  return at;
}

function localText(at: Instant, zone: TimeZone): string {
  const wall = zone.toWallClock(at);
  const day = Math.floor(wall / 86_400_000);
  const minutes = Math.floor((wall - day * 86_400_000) / 60_000);
  return `${formatDay(day)}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Reads a `YYYY-MM-DD` column into a day number. */
export function readDateField<C extends string>(row: CsvRow<C>, column: C): number | undefined {
  const text = row.required(column);
  if (text === undefined) return undefined;
  const day = readIsoDate(text);
  if (typeof day === 'number') return day;
  row.problem(column, 'import.bad-date', `bad date "${text}": expected YYYY-MM-DD${day === 'range' ? ' with a real month and day' : ''}`);
  return undefined;
}
