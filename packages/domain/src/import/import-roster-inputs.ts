import { DUTY_KINDS, type DutyKind } from '../model/duty-record.ts';
import type { Officer } from '../model/officer.ts';
import type { Demand, RosterRequest, ShiftTemplate } from '../model/roster-demand.ts';
import { CsvTable } from './csv-table.ts';
import type { IssueCollector } from './import-issue.ts';
import { readDateField } from './time-field.ts';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Reads `templates.csv`: `template_id,start,end,kind` with local "HH:MM" times (an end not after the start is next day). */
export function importTemplates(file: string, chunks: Iterable<string>, issues: IssueCollector): Map<string, ShiftTemplate> {
  const templates = new Map<string, ShiftTemplate>();
  const table = new CsvTable(file, { required: ['template_id', 'start', 'end'] as const, optional: ['kind'] as const }, issues, (row) => {
    const id = row.required('template_id');
    const times = (['start', 'end'] as const).map((column) => {
      const text = row.required(column);
      const match = text === undefined ? null : CLOCK.exec(text);
      if (text !== undefined && !match) row.problem(column, 'import.bad-time', `expected a local time "HH:MM", got "${text}"`);
      return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
    });
    const kindText = row.get('kind') || 'regular';
    const kind = (DUTY_KINDS as readonly string[]).includes(kindText) ? (kindText as DutyKind) : undefined;
    if (!kind || kind === 'on_call') row.problem('kind', 'import.bad-value', `a template is worked duty: one of ${DUTY_KINDS.filter((k) => k !== 'on_call').join(', ')}`);
    if (id === undefined || times[0] === undefined || times[1] === undefined || !kind) return;
    if (templates.has(id)) row.problem('template_id', 'import.duplicate-id', `template "${id}" is defined twice`);
    else templates.set(id, { id, startMinutes: times[0], endMinutes: times[1], kind });
  });
  for (const chunk of chunks) table.push(chunk);
  table.end();
  return templates;
}

/** Reads `demand.csv`: `date,template_id,role,count[,qualifications]` with qualification ids separated by `|`. */
export function importDemand(file: string, chunks: Iterable<string>, templates: ReadonlyMap<string, ShiftTemplate>, issues: IssueCollector): Demand[] {
  const demand: Demand[] = [];
  const table = new CsvTable(file, { required: ['date', 'template_id', 'role', 'count'] as const, optional: ['qualifications'] as const }, issues, (row) => {
    const day = readDateField(row, 'date');
    const template = row.required('template_id');
    const role = row.required('role');
    const countText = row.required('count');
    const count = Number(countText);
    if (template !== undefined && !templates.has(template))
      row.problem('template_id', 'import.bad-value', `unknown template "${template}"; the templates file defines ${[...templates.keys()].join(', ')}`);
    if (countText !== undefined && (!Number.isInteger(count) || count < 1 || count > 1000))
      row.problem('count', 'import.bad-number', `expected a whole number of officers from 1, got "${countText}"`);
    if (day === undefined || template === undefined || !templates.has(template) || role === undefined || !(count >= 1)) return;
    demand.push({
      day,
      template,
      role,
      count,
      requiredQualifications: row
        .get('qualifications')
        .split('|')
        .filter((q) => q !== ''),
    });
  });
  for (const chunk of chunks) table.push(chunk);
  table.end();
  return demand;
}

/** Reads `requests.csv`: `officer_id,date,type[,template_id,weight]`, type `off` or `on`. */
export function importRequests(file: string, chunks: Iterable<string>, officers: ReadonlyMap<string, Officer>, issues: IssueCollector): RosterRequest[] {
  const requests: RosterRequest[] = [];
  const table = new CsvTable(file, { required: ['officer_id', 'date', 'type'] as const, optional: ['template_id', 'weight'] as const }, issues, (row) => {
    const officerId = row.required('officer_id');
    const day = readDateField(row, 'date');
    const type = row.required('type');
    const weight = row.get('weight') === '' ? 5 : Number(row.get('weight'));
    if (officerId !== undefined && !officers.has(officerId))
      row.problem('officer_id', 'import.unknown-officer', `unknown officer "${officerId}". Maybe add them to the officers file?`);
    if (type !== undefined && type !== 'off' && type !== 'on') row.problem('type', 'import.bad-value', `expected off or on, got "${type}"`);
    if (!Number.isFinite(weight) || weight < 0) row.problem('weight', 'import.bad-number', `expected a non-negative weight, got "${row.get('weight')}"`);
    if (officerId === undefined || !officers.has(officerId) || day === undefined || (type !== 'off' && type !== 'on')) return;
    const template = row.get('template_id');
    requests.push({ officerId, day, type, weight, ...(template ? { template } : {}) });
  });
  for (const chunk of chunks) table.push(chunk);
  table.end();
  return requests;
}

/**
 * Officers who volunteered for an open shift, in rotation order: a CSV with an `officer_id`
 * column. Unknown or repeated officers are problems of their line.
 */
export function importVolunteers(file: string, chunks: Iterable<string>, officers: ReadonlyMap<string, Officer>, issues: IssueCollector): string[] {
  const volunteers: string[] = [];
  const seen = new Set<string>();
  const table = new CsvTable(file, { required: ['officer_id'] as const, optional: [] as const }, issues, (row) => {
    const officerId = row.required('officer_id');
    if (officerId === undefined) return;
    if (!officers.has(officerId)) row.problem('officer_id', 'import.unknown-officer', `unknown officer "${officerId}". Maybe add them to the officers file?`);
    else if (seen.has(officerId)) row.problem('officer_id', 'import.duplicate-id', `officer "${officerId}" is listed twice`);
    else {
      seen.add(officerId);
      volunteers.push(officerId);
    }
  });
  for (const chunk of chunks) table.push(chunk);
  table.end();
  return volunteers;
}
