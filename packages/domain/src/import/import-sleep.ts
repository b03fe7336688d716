import { TimeZone, formatInstant, invariant } from '@muster/kernel';
import type { SleepInterval } from '@muster/fatigue';
import type { Officer } from '../model/officer.ts';
import { CsvTable } from './csv-table.ts';
import type { IssueCollector } from './import-issue.ts';
import { readTimeField } from './time-field.ts';

export const SLEEP_COLUMNS = { required: ['officer_id', 'start', 'end'] as const, optional: [] as const };

/**
 * Reads `sleep.csv` (logged sleep), grouped by officer and sorted. Overlapping episodes of one
 * officer are a problem (a log should not count the same sleep twice); touching ones are fine
 * and form one sleep.
 */
export function importSleep(
  file: string,
  chunks: Iterable<string>,
  options: { officers?: ReadonlyMap<string, Officer>; rejectedOfficerIds?: ReadonlySet<string>; defaultZone: string },
  issues: IssueCollector,
): Map<string, SleepInterval[]> {
  const defaultZone = TimeZone.find(options.defaultZone);
  invariant(defaultZone, 'default zone was validated with the policy', { zone: options.defaultZone });
  const byOfficer = new Map<string, (SleepInterval & { line: number })[]>();
  const table = new CsvTable(file, SLEEP_COLUMNS, issues, (row) => {
    const officerId = row.required('officer_id');
    if (officerId === undefined) return;
    const officer = options.officers?.get(officerId);
    if (options.officers && !officer) {
      if (!options.rejectedOfficerIds?.has(officerId)) row.problem('officer_id', 'import.unknown-officer', `unknown officer "${officerId}". Maybe add them to the officers file?`);
      return;
    }
    const zone = (officer && TimeZone.find(officer.timeZone)) || defaultZone;
    const start = readTimeField(row, 'start', zone);
    const end = readTimeField(row, 'end', zone);
    if (start === undefined || end === undefined) return;
    if (end <= start) {
      row.problem('end', 'import.end-not-after-start', `end ${formatInstant(end, zone)} is not after start ${formatInstant(start, zone)}`);
      return;
    }
    const list = byOfficer.get(officerId) ?? [];
    list.push({ start, end, line: row.line });
    byOfficer.set(officerId, list);
  });
  for (const chunk of chunks) table.push(chunk);
  table.end();
  const result = new Map<string, SleepInterval[]>();
  for (const [officerId, list] of byOfficer) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.start < list[i - 1]!.end) {
        issues.add({
          code: 'import.overlap',
          file,
          line: list[i]!.line,
          column: 1,
          field: 'start',
          message: `officer "${officerId}" has overlapping sleep: this episode starts before the one on line ${list[i - 1]!.line} ends`,
        });
      }
    }
    result.set(
      officerId,
      list.map(({ start, end }) => ({ start, end })),
    );
  }
  return result;
}
