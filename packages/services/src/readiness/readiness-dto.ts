import { formatDay } from '@muster/kernel';
import { csvText } from '../exports/csv-text.ts';
import { unitDto } from '../roster/dto.ts';
import type { ReadinessCell } from './readiness-cell.ts';
import type { ReadinessRow, ReadinessView } from './readiness-matrix.ts';

function cellDto(cell: ReadinessCell) {
  return {
    status: cell.status,
    issued: cell.grant === undefined ? null : formatDay(cell.grant.issued),
    expires: cell.grant === undefined ? null : formatDay(cell.grant.expires),
    daysLeft: cell.daysLeft ?? null,
    due: cell.due,
  };
}

/** Years of service to one decimal, as the wire and the CSV show them. */
const years = (row: ReadinessRow): number => Math.round(row.standing.serviceYears * 10) / 10;

/** The readiness matrix as the wire shows it (`ReadinessMatrix` of the contracts), with the page asked for. */
export function readinessDto(view: ReadinessView, page: { readonly limit: number; readonly offset: number }) {
  return {
    at: new Date(view.at).toISOString(),
    unit: view.unitId ?? null,
    before: view.before === undefined ? null : formatDay(view.before),
    policyVersion: view.policyVersion,
    units: view.units.map(unitDto),
    qualifications: view.qualifications.map((q) => ({ id: q.id, name: q.name, validityMonths: q.validityMonths, warningDays: q.warningDays })),
    officers: view.rows.map((row) => ({
      id: row.officer.id,
      name: row.officer.name,
      unit: row.officer.unit,
      rank: row.officer.rank,
      academyTrack: row.officer.academyTrack,
      hireDate: formatDay(row.officer.hireDate),
      serviceYears: years(row),
      priorLeYears: row.officer.priorLeYears,
      recruit: row.standing.recruit,
      veteran: row.standing.veteran,
      cells: row.cells.map(cellDto),
    })),
    counts: view.counts.map((c) => ({ ...c })),
    total: view.total,
    limit: page.limit,
    offset: page.offset,
  };
}

/**
 * The matrix as CSV, one line per officer: who they are, then per qualification of the catalogue
 * `<id> status`, `<id> expires` and `<id> days left` (blank when missing), and, with a `before`
 * day, the ids of the qualifications the officer must renew before it.
 */
export function readinessCsv(view: ReadinessView): string {
  const header = [
    'officer_id',
    'name',
    'unit',
    'rank',
    'academy_track',
    'service_years',
    'recruit',
    'veteran',
    ...view.qualifications.flatMap((q) => [`${q.id} status`, `${q.id} expires`, `${q.id} days left`]),
    ...(view.before === undefined ? [] : [`requalify before ${formatDay(view.before)}`]),
  ];
  const rows = view.rows.map((row) => [
    row.officer.id,
    row.officer.name,
    row.officer.unit,
    row.officer.rank,
    row.officer.academyTrack,
    years(row),
    row.standing.recruit ? 'yes' : 'no',
    row.standing.veteran ? 'yes' : 'no',
    ...row.cells.flatMap((cell) => [cell.status, cell.grant === undefined ? '' : formatDay(cell.grant.expires), cell.daysLeft ?? '']),
    ...(view.before === undefined
      ? []
      : [
          view.qualifications
            .filter((_, c) => row.cells[c]!.due)
            .map((q) => q.id)
            .join(' '),
        ]),
  ]);
  return csvText(header, rows);
}
