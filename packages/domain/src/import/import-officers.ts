import { TimeZone } from '@muster/kernel';
import { ACADEMY_TRACKS, type AcademyTrack, type Officer } from '../model/officer.ts';
import { CsvTable } from './csv-table.ts';
import type { IssueCollector } from './import-issue.ts';
import { readDateField } from './time-field.ts';

export const OFFICER_COLUMNS = {
  required: ['officer_id', 'name', 'unit', 'rank', 'hire_date', 'prior_le_years', 'academy_track', 'timezone'] as const,
  optional: [] as const,
};

/** How many unit ids an unknown-unit message lists before it stops. */
const UNITS_NAMED = 10;

/**
 * Reads `officers.csv`. A blank timezone means the policy's zone (`defaultZone`). Every officer id
 * seen, valid row or not, is added to `seenIds`, so other files do not repeat the row's problem as
 * an unknown officer. With `knownUnits` (the service's stored units), a unit outside it is a
 * problem of its row; without it (the CLI) any unit name is accepted.
 */
export function importOfficers(
  file: string,
  chunks: Iterable<string>,
  defaultZone: string,
  issues: IssueCollector,
  seenIds: Set<string> = new Set(),
  knownUnits?: ReadonlySet<string>,
): Map<string, Officer> {
  const officers = new Map<string, Officer>();
  const lines = new Map<string, number>();
  const table = new CsvTable(file, OFFICER_COLUMNS, issues, (row) => {
    const id = row.required('officer_id');
    const name = row.required('name');
    const unit = row.required('unit');
    if (unit !== undefined && knownUnits !== undefined && !knownUnits.has(unit)) {
      const named = [...knownUnits].slice(0, UNITS_NAMED).join(', ');
      row.problem('unit', 'import.bad-value', `unknown unit "${unit}"; the units are ${named || '(none yet)'}${knownUnits.size > UNITS_NAMED ? ', …' : ''}`);
    }
    const rank = row.required('rank');
    const hireDate = readDateField(row, 'hire_date');
    const priorText = row.get('prior_le_years');
    const prior = priorText === '' ? 0 : Number(priorText);
    if (!Number.isFinite(prior) || prior < 0 || prior > 60) {
      row.problem('prior_le_years', 'import.bad-number', `bad number of years "${priorText}": expected 0 to 60`);
    }
    const track = row.required('academy_track');
    if (track !== undefined && !(ACADEMY_TRACKS as readonly string[]).includes(track)) {
      row.problem('academy_track', 'import.bad-value', `unknown academy track "${track}"; expected one of ${ACADEMY_TRACKS.join(', ')}`);
    }
    const zoneName = row.get('timezone') || defaultZone;
    if (!TimeZone.find(zoneName)) {
      row.problem('timezone', 'import.unknown-time-zone', `unknown IANA time zone "${zoneName}". Maybe "America/Chicago"?`);
    }
    if (id === undefined) return;
    seenIds.add(id);
    const earlier = lines.get(id);
    if (earlier !== undefined) {
      row.problem('officer_id', 'import.duplicate-id', `officer "${id}" is already defined on line ${earlier}`);
      return;
    }
    lines.set(id, row.line);
    if (name === undefined || unit === undefined || rank === undefined || hireDate === undefined || track === undefined) return;
    officers.set(id, { id, name, unit, rank, hireDate, priorLeYears: prior, academyTrack: track as AcademyTrack, timeZone: zoneName });
  });
  for (const chunk of chunks) table.push(chunk);
  table.end();
  return officers;
}
