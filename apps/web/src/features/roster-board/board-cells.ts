import type { DutyRecord, Finding, Officer, RosterBoard } from '../../api-client/wire-types.ts';
import { localDay, localTime } from '../../components/local-day.ts';

export interface BoardCell {
  readonly records: DutyRecord[];
  /** `HH:MM–HH:MM` of each record, in the officer's zone. */
  readonly labels: string[];
  readonly findings: Finding[];
  /** The worst level among the findings (worked out once, not at every render). */
  level: 'block' | 'warn' | undefined;
}

/** One officer's row: cells by local day, and the row's counts for the board's summary. */
export interface BoardRow {
  readonly officer: Officer;
  readonly cells: ReadonlyMap<string, BoardCell>;
  readonly counts: BoardCounts;
}

export interface BoardCounts {
  readonly block: number;
  readonly warn: number;
  readonly overridden: number;
}

/**
 * The board as the page draws it: a row per officer, in the board's order. Rows are separate
 * objects so that refreshing a few officers after an edit leaves the others' rows — and their
 * rendering — untouched.
 */
export interface BoardView {
  readonly board: Omit<RosterBoard, 'records' | 'findings' | 'overrides' | 'officers'>;
  readonly rows: readonly BoardRow[];
  readonly summary: BoardCounts;
}

/** The view of a whole board fetched from the API. */
export function boardView(board: RosterBoard): BoardView {
  const rows = boardRows(board);
  const { records: _r, findings: _f, overrides: _o, officers: _p, ...rest } = board;
  return { board: rest, rows, summary: sumCounts(rows) };
}

/**
 * The view with the rows of the officers in `part` (a board of a few officers, fetched after an
 * edit) put in place of the old ones; every other row is the same object as before. An officer in
 * `refreshed` but absent from `part` (moved out of the unit) loses their row.
 */
export function withRows(view: BoardView, part: RosterBoard, refreshed: readonly string[]): BoardView {
  const fresh = new Map(boardRows(part).map((row) => [row.officer.id, row]));
  const gone = new Set(refreshed.filter((id) => !fresh.has(id)));
  const rows = view.rows.filter((row) => !gone.has(row.officer.id)).map((row) => fresh.get(row.officer.id) ?? row);
  return { board: { ...view.board, policyVersion: part.policyVersion }, rows, summary: sumCounts(rows) };
}

/** A change drawn on the board before the API has answered: a record taken off a row, a record put on one. */
export interface PendingChange {
  readonly remove?: { readonly officerId: string; readonly recordId: number };
  readonly add?: Omit<DutyRecord, 'id' | 'updatedAt' | 'status'>;
}

/** Ids of records drawn before the API has stored them (never a stored record's id, which is positive). */
let pendingIds = 0;

/**
 * The view with a change drawn in at once — the shift where it will be, marked as pending — so the
 * board answers a drag or an add in the same frame; the rows the API sends back replace these.
 * The findings of the rows touched stay as they were until then.
 */
export function withPending(view: BoardView, change: PendingChange): BoardView {
  const touched = new Set([change.remove?.officerId, change.add?.officerId].filter((id): id is string => id !== undefined));
  const rows = view.rows.map((row) => {
    if (!touched.has(row.officer.id)) return row;
    const records: DutyRecord[] = [];
    for (const cell of row.cells.values()) records.push(...cell.records);
    const kept = records.filter((r) => !(change.remove?.officerId === row.officer.id && r.id === change.remove.recordId));
    if (change.add?.officerId === row.officer.id) kept.push({ ...change.add, id: --pendingIds, status: 'draft', updatedAt: new Date(0).toISOString() });
    const findings: Finding[] = [];
    for (const cell of row.cells.values()) findings.push(...cell.findings);
    const [redrawn] = boardRows({ ...view.board, officers: [row.officer], records: kept, findings, overrides: [] } as RosterBoard);
    return { ...redrawn!, counts: row.counts };
  });
  return { ...view, rows };
}

function boardRows(board: RosterBoard): BoardRow[] {
  const cellsByOfficer = new Map<string, Map<string, BoardCell>>(board.officers.map((o) => [o.id, new Map()]));
  const zones = new Map(board.officers.map((o) => [o.id, o.timeZone]));
  const cell = (officerId: string, at: string): BoardCell => {
    let cells = cellsByOfficer.get(officerId);
    if (cells === undefined) cellsByOfficer.set(officerId, (cells = new Map()));
    const day = localDay(at, zones.get(officerId) ?? board.unit.timeZone);
    let found = cells.get(day);
    if (found === undefined) {
      found = { records: [], labels: [], findings: [], level: undefined };
      cells.set(day, found);
    }
    return found;
  };
  for (const record of board.records) {
    const zone = zones.get(record.officerId) ?? board.unit.timeZone;
    const target = cell(record.officerId, record.start);
    target.records.push(record);
    target.labels.push(`${localTime(record.start, zone)}–${localTime(record.end, zone)}`);
  }
  for (const finding of board.findings) cell(finding.officerId, finding.start).findings.push(finding);
  const findingsOf = new Map<string, Finding[]>();
  for (const finding of board.findings) {
    const list = findingsOf.get(finding.officerId) ?? [];
    list.push(finding);
    findingsOf.set(finding.officerId, list);
  }
  return board.officers.map((officer) => {
    const cells = cellsByOfficer.get(officer.id)!;
    for (const found of cells.values()) found.level = worstLevel(found.findings);
    return { officer, cells, counts: countFindings(findingsOf.get(officer.id) ?? []) };
  });
}

/** The board's summary counts, as the API counts them: an overridden block is neither block nor warn. */
export function countFindings(findings: readonly Finding[]): BoardCounts {
  let block = 0;
  let warn = 0;
  let overridden = 0;
  for (const f of findings) {
    if (f.overrideId !== undefined) overridden++;
    else if (f.level === 'block') block++;
    else warn++;
  }
  return { block, warn, overridden };
}

function sumCounts(rows: readonly BoardRow[]): BoardCounts {
  return rows.reduce((sum, row) => ({ block: sum.block + row.counts.block, warn: sum.warn + row.counts.warn, overridden: sum.overridden + row.counts.overridden }), {
    block: 0,
    warn: 0,
    overridden: 0,
  });
}

/** The worst level among findings, an override counting as no block. */
export function worstLevel(findings: readonly Finding[]): 'block' | 'warn' | undefined {
  if (findings.some((f) => f.level === 'block' && f.overrideId === undefined)) return 'block';
  if (findings.some((f) => f.level === 'warn' || f.overrideId !== undefined)) return 'warn';
  return undefined;
}
