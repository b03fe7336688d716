import { type Instant, TimeZone, formatInstant, invariant } from '@muster/kernel';
import { DUTY_KINDS, type DutyKind, type DutyRecord, isDutyKind } from '../model/duty-record.ts';
import type { Officer } from '../model/officer.ts';
import type { Operation } from '../model/operation.ts';
import { CsvTable } from './csv-table.ts';
import type { ImportIssue, IssueCollector } from './import-issue.ts';
import { readTimeField } from './time-field.ts';

export const SHIFT_COLUMNS = { required: ['officer_id', 'start', 'end', 'kind'] as const, optional: ['operation_id', 'role'] as const };

const KIND_BY_NAME = new Map<string, DutyKind>(DUTY_KINDS.map((k) => [k, k]));

interface OfficerEntry {
  readonly id: string;
  readonly zone: TimeZone;
  readonly records: DutyRecord[];
}

export interface ShiftImportOptions {
  /** When given, every officer id must be in it; wall-clock times use each officer's zone. */
  readonly officers?: ReadonlyMap<string, Officer>;
  /** Ids of officers whose rows had problems of their own: their records are skipped silently. */
  readonly rejectedOfficerIds?: ReadonlySet<string>;
  /** When given, every operation id must be in it and every role must be one of its roles. */
  readonly operations?: ReadonlyMap<string, Operation>;
  /** Zone of wall-clock times for officers without one. */
  readonly defaultZone: string;
}

/**
 * Reads `shifts.csv` into a ledger: records grouped by officer, sorted by start. Overlapping
 * records of one officer are a problem, except that an `on_call` record may contain duty (a
 * callback while on call); two on-call records may not overlap either.
 */
export function importShifts(file: string, chunks: Iterable<string>, options: ShiftImportOptions, issues: IssueCollector): Map<string, DutyRecord[]> {
  const defaultZone = TimeZone.find(options.defaultZone);
  invariant(defaultZone, 'default zone was validated with the policy', { zone: options.defaultZone });
  const entries = new Map<string, OfficerEntry>();
  let last: OfficerEntry | undefined;
  const table = new CsvTable(file, SHIFT_COLUMNS, issues, (row) => {
    const officerId = row.required('officer_id');
    let entry: OfficerEntry | undefined;
    if (officerId !== undefined) {
      entry = last?.id === officerId ? last : entries.get(officerId);
      if (!entry) {
        const officer = options.officers?.get(officerId);
        if (options.officers && !officer) {
          if (options.rejectedOfficerIds?.has(officerId)) return;
          row.problem('officer_id', 'import.unknown-officer', `unknown officer "${officerId}". Maybe add them to the officers file?`);
        } else {
          entry = { id: officerId, zone: (officer && TimeZone.find(officer.timeZone)) || defaultZone, records: [] };
          entries.set(officerId, entry);
        }
      }
      last = entry;
    }
    const zone = entry?.zone ?? defaultZone;
    const start = readTimeField(row, 'start', zone);
    const end = readTimeField(row, 'end', zone);
    const kindText = row.required('kind');
    const kind = kindText === undefined ? undefined : KIND_BY_NAME.get(kindText);
    if (kindText !== undefined && kind === undefined) {
      row.problem('kind', 'import.bad-value', `unknown kind "${kindText}"; expected one of ${DUTY_KINDS.join(', ')}`);
    }
    const operationId = row.get('operation_id') || undefined;
    const role = row.get('role') || undefined;
    if (operationId !== undefined && options.operations) {
      const operation = options.operations.get(operationId);
      if (!operation) row.problem('operation_id', 'import.unknown-operation', `unknown operation "${operationId}". Maybe add it to the operations file?`);
      else if (role !== undefined && !operation.roles.some((r) => r.role === role)) {
        row.problem('role', 'import.bad-value', `operation "${operationId}" has no role "${role}"; its roles are ${operation.roles.map((r) => r.role).join(', ')}`);
      }
    }
    if (start !== undefined && end !== undefined && end <= start) {
      row.problem('end', 'import.end-not-after-start', `end ${formatInstant(end, zone)} is not after start ${formatInstant(start, zone)}`);
      return;
    }
    if (!entry || start === undefined || end === undefined || kind === undefined) return;
    const record: DutyRecord =
      operationId === undefined && role === undefined
        ? { officerId: entry.id, start, end, kind, line: row.line }
        : { officerId: entry.id, start, end, kind, line: row.line, ...(operationId === undefined ? {} : { operationId }), ...(role === undefined ? {} : { role }) };
    entry.records.push(record);
  });
  for (const chunk of chunks) table.push(chunk);
  table.end();
  const ledger = new Map<string, DutyRecord[]>();
  for (const entry of entries.values()) {
    entry.records.sort((a, b) => a.start - b.start || (a.line ?? 0) - (b.line ?? 0));
    findOverlaps(file, entry, issues);
    ledger.set(entry.id, entry.records);
  }
  return ledger;
}

/** The `import.overlap` issue of a record: on its line, at the start of the row, field `start`. */
export function overlapIssue(file: string, record: DutyRecord, message: string): ImportIssue {
  return { code: 'import.overlap', file, line: record.line ?? 0, column: 1, field: 'start', message };
}

function findOverlaps(file: string, entry: OfficerEntry, issues: IssueCollector): void {
  let duty: DutyRecord | undefined;
  let onCall: DutyRecord | undefined;
  for (const record of entry.records) {
    const duties = isDutyKind(record.kind);
    const previous = duties ? duty : onCall;
    if (previous && record.start < previous.end) {
      issues.add(
        overlapIssue(
          file,
          record,
          `officer "${entry.id}" has overlapping records: ${record.kind} from ${formatInstant(record.start, entry.zone)} starts before the ${previous.kind} record on line ${previous.line} ends (${formatInstant(previous.end as Instant, entry.zone)})`,
        ),
      );
    }
    if (!previous || record.end > previous.end) {
      if (duties) duty = record;
      else onCall = record;
    }
  }
}
