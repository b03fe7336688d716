import { AppError, IsoDateTimeReader, type TimeZone, type Instant, instant } from '@muster/kernel';
import { CsvReader, columnOfField } from '@muster/domain';
import type { SleepInterval } from '@muster/fatigue';

const reader = new IsoDateTimeReader();

/** A local date-time (`2026-01-05T22:00`, or a date meaning its midnight) as an instant in `zone`. */
export function readLocalTime(text: string, zone: TimeZone, what: string): Instant {
  const value = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00` : text;
  if (!reader.read(value)) throw new AppError('usage.bad-time', `${what} expects a local date-time like 2026-01-05T22:00, got "${text}"`);
  if (reader.hasOffset) return instant(reader.value);
  const at = zone.toInstant(reader.value);
  if (at === undefined) throw new AppError('usage.bad-time', `${what} "${text}" does not exist in ${zone.name} (the clocks spring forward). Maybe an hour later?`);
  return at;
}

/**
 * Reads a CSV of `start,end` local times (sleep episodes or duties, as in the fatigue reference
 * inputs). Every problem is reported with file, line and column; overlapping intervals are an
 * error (sleep must not be counted twice); touching ones are kept and join into one bout.
 */
export function readIntervals(file: string, text: string, zone: TimeZone): SleepInterval[] {
  const problems: string[] = [];
  const intervals: (SleepInterval & { line: number })[] = [];
  let header: string[] | undefined;
  let firstOfficer: string | undefined;
  const csv = new CsvReader(
    (fields, line, raw) => {
      if (!header) {
        header = fields.map((f) => f.trim().toLowerCase());
        if (header.indexOf('start') < 0 || header.indexOf('end') < 0) problems.push(`${file}:${line}:1: the header must name "start" and "end" columns [import.missing-column]`);
        return;
      }
      const officerIndex = header.indexOf('officer_id');
      if (officerIndex >= 0) {
        const officer = (fields[officerIndex] ?? '').trim();
        if (firstOfficer === undefined) firstOfficer = officer;
        else if (officer !== firstOfficer) {
          problems.push(
            `${file}:${line}:${columnOfField(raw, officerIndex)}: officer_id: "${officer}" after "${firstOfficer}": reference mode reads one person's sleep. Maybe use --officer with --shifts? [import.bad-value]`,
          );
          return;
        }
      }
      const startIndex = header.indexOf('start');
      const endIndex = header.indexOf('end');
      const times: (Instant | undefined)[] = [startIndex, endIndex].map((index) => {
        const value = (fields[index] ?? '').trim();
        if (!reader.read(value)) {
          problems.push(`${file}:${line}:${columnOfField(raw, index)}: ${header![index]}: bad time "${value}" [import.bad-time]`);
          return undefined;
        }
        const at = reader.hasOffset ? instant(reader.value) : zone.toInstant(reader.value);
        if (at === undefined)
          problems.push(`${file}:${line}:${columnOfField(raw, index)}: ${header![index]}: "${value}" does not exist in ${zone.name} [import.nonexistent-local-time]`);
        return at;
      });
      const [start, end] = times;
      if (start === undefined || end === undefined) return;
      if (end <= start) problems.push(`${file}:${line}:${columnOfField(raw, endIndex)}: end: not after start [import.end-not-after-start]`);
      else intervals.push({ start, end, line });
    },
    (line) => problems.push(`${file}:${line}:1: a quoted field is never closed [import.unclosed-quote]`),
  );
  csv.push(text);
  csv.end();
  intervals.sort((a, b) => a.start - b.start);
  for (let i = 1; i < intervals.length; i++) {
    if (intervals[i]!.start < intervals[i - 1]!.end)
      problems.push(`${file}:${intervals[i]!.line}:1: start: overlaps the interval on line ${intervals[i - 1]!.line} [import.overlap]`);
  }
  if (problems.length > 0)
    throw new AppError('import.invalid', `the input has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was computed:\n${problems.join('\n')}`);
  return intervals.map(({ start, end }) => ({ start, end }));
}
