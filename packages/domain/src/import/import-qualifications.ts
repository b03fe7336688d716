import { formatDay } from '@muster/kernel';
import type { Officer } from '../model/officer.ts';
import type { OfficerQualification } from '../model/qualification.ts';
import { CsvTable } from './csv-table.ts';
import type { IssueCollector } from './import-issue.ts';
import { readDateField } from './time-field.ts';

export const QUALIFICATION_COLUMNS = { required: ['officer_id', 'qualification', 'issued', 'expires'] as const, optional: [] as const };

/** Reads `qualifications.csv`, grouped by officer. `officers`, when given, must know every officer. */
export function importQualifications(
  file: string,
  chunks: Iterable<string>,
  officers: ReadonlyMap<string, Officer> | undefined,
  issues: IssueCollector,
  rejectedOfficerIds: ReadonlySet<string> = new Set(),
): Map<string, OfficerQualification[]> {
  const byOfficer = new Map<string, OfficerQualification[]>();
  const seen = new Map<string, number>();
  const table = new CsvTable(file, QUALIFICATION_COLUMNS, issues, (row) => {
    const officerId = row.required('officer_id');
    const qualificationId = row.required('qualification');
    const issued = readDateField(row, 'issued');
    const expires = readDateField(row, 'expires');
    if (officerId !== undefined && officers && !officers.has(officerId)) {
      if (rejectedOfficerIds.has(officerId)) return; // its officers.csv row already has a problem
      row.problem('officer_id', 'import.unknown-officer', `unknown officer "${officerId}". Maybe add them to the officers file?`);
      return;
    }
    if (officerId === undefined || qualificationId === undefined || issued === undefined || expires === undefined) return;
    if (expires < issued) {
      row.problem('expires', 'import.end-not-after-start', `expires ${formatDay(expires)} is before issued ${formatDay(issued)}`);
      return;
    }
    const key = `${officerId}\u0000${qualificationId}\u0000${issued}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      row.problem('qualification', 'import.duplicate-id', `"${qualificationId}" issued ${formatDay(issued)} to "${officerId}" is already on line ${earlier}`);
      return;
    }
    seen.set(key, row.line);
    const list = byOfficer.get(officerId);
    const grant = { officerId, qualificationId, issued, expires };
    if (list) list.push(grant);
    else byOfficer.set(officerId, [grant]);
  });
  for (const chunk of chunks) table.push(chunk);
  table.end();
  return byOfficer;
}
