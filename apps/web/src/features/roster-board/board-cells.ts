import type { DutyRecord, Finding, RosterBoard } from '../../api-client/wire-types.ts';
import { localDay, localTime } from '../../components/local-day.ts';

export interface BoardCell {
  readonly records: DutyRecord[];
  /** `HH:MM–HH:MM` of each record, in the officer's zone. */
  readonly labels: string[];
  readonly findings: Finding[];
  /** The worst level among the findings (worked out once, not at every render). */
  level: 'block' | 'warn' | undefined;
}

/** The board's records and findings by officer and local day (the day each starts, in the officer's zone). */
export function boardCells(board: RosterBoard): Map<string, BoardCell> {
  const zones = new Map(board.officers.map((o) => [o.id, o.timeZone]));
  const cells = new Map<string, BoardCell>();
  const cell = (officerId: string, at: string): BoardCell => {
    const key = `${officerId}|${localDay(at, zones.get(officerId) ?? board.unit.timeZone)}`;
    let found = cells.get(key);
    if (found === undefined) {
      found = { records: [], labels: [], findings: [], level: undefined };
      cells.set(key, found);
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
  for (const found of cells.values()) found.level = worstLevel(found.findings);
  return cells;
}

/** The worst level among findings, an override counting as no block. */
export function worstLevel(findings: readonly Finding[]): 'block' | 'warn' | undefined {
  if (findings.some((f) => f.level === 'block' && f.overrideId === undefined)) return 'block';
  if (findings.some((f) => f.level === 'warn' || f.overrideId !== undefined)) return 'warn';
  return undefined;
}
