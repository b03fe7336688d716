import { type Result, err, ok } from '@muster/kernel';
import type { CurtoisCover, CurtoisEmployee, CurtoisInstance, CurtoisRequest, CurtoisShift } from './curtois-instance.ts';

/** A problem in an instance file, with its 1-based line. */
export interface CurtoisParseIssue {
  readonly line: number;
  readonly message: string;
}

const SECTIONS = ['SECTION_HORIZON', 'SECTION_SHIFTS', 'SECTION_STAFF', 'SECTION_DAYS_OFF', 'SECTION_SHIFT_ON_REQUESTS', 'SECTION_SHIFT_OFF_REQUESTS', 'SECTION_COVER'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * Reads an instance in the Curtois & Qu text format: sections switch on lines starting with
 * `SECTION_`; `#` comments and blank lines are skipped; CRLF or LF. Every problem is returned with
 * its line, and nothing is returned when there is any.
 */
export function parseCurtoisInstance(name: string, text: string): Result<CurtoisInstance, CurtoisParseIssue[]> {
  const issues: CurtoisParseIssue[] = [];
  const rows = new Map<Section, { line: number; fields: string[] }[]>(SECTIONS.map((s) => [s, []]));
  let section: Section | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '' || line.startsWith('#')) return;
    if (line.startsWith('SECTION_')) {
      const name = line.trim() as Section;
      if (!SECTIONS.includes(name)) issues.push({ line: index + 1, message: `unknown section "${line.trim()}"` });
      else section = name;
      return;
    }
    if (!section) {
      issues.push({ line: index + 1, message: 'data before the first SECTION_ line' });
      return;
    }
    rows.get(section)!.push({ line: index + 1, fields: line.split(',') });
  });
  const int = (value: string | undefined, line: number, what: string): number => {
    const n = Number(value);
    if (value === undefined || value === '' || !Number.isInteger(n) || n < 0) {
      issues.push({ line, message: `${what}: expected a non-negative whole number, got "${value ?? ''}"` });
      return 0;
    }
    return n;
  };

  const horizonRow = rows.get('SECTION_HORIZON')![0];
  const horizon = horizonRow ? int(horizonRow.fields[0], horizonRow.line, 'horizon') : 0;
  if (!horizonRow) issues.push({ line: 1, message: 'no SECTION_HORIZON value' });

  const shifts: CurtoisShift[] = [];
  const shiftIndex = new Map<string, number>();
  const forbiddenIds: { line: number; ids: string[] }[] = [];
  for (const { line, fields } of rows.get('SECTION_SHIFTS')!) {
    const [id, minutes, ...rest] = fields;
    if (!id) {
      issues.push({ line, message: 'shift without an id' });
      continue;
    }
    if (shiftIndex.has(id)) issues.push({ line, message: `shift "${id}" is defined twice` });
    shiftIndex.set(id, shifts.length);
    shifts.push({ id, minutes: int(minutes, line, `shift ${id} length`) });
    forbiddenIds.push({
      line,
      ids: rest
        .join(',')
        .split('|')
        .filter((t) => t !== ''),
    });
  }
  const S = shifts.length;
  const shiftOf = (id: string | undefined, line: number): number => {
    const s = id === undefined ? undefined : shiftIndex.get(id);
    if (s === undefined) {
      issues.push({ line, message: `unknown shift "${id ?? ''}"` });
      return 0;
    }
    return s;
  };
  const forbiddenNext = new Uint8Array(S * S);
  forbiddenIds.forEach(({ line, ids }, s) => {
    for (const id of ids) forbiddenNext[s * S + shiftOf(id, line)] = 1;
  });

  const staff: CurtoisEmployee[] = [];
  const employeeIndex = new Map<string, number>();
  for (const { line, fields } of rows.get('SECTION_STAFF')!) {
    const [id, maxShiftsText, maxMin, minMin, maxCons, minCons, minOff, maxWeekends] = fields;
    if (!id || fields.length !== 8) {
      issues.push({
        line,
        message: `expected 8 fields (ID,MaxShifts,MaxTotalMinutes,MinTotalMinutes,MaxConsecutiveShifts,MinConsecutiveShifts,MinConsecutiveDaysOff,MaxWeekends), got ${fields.length}`,
      });
      continue;
    }
    if (employeeIndex.has(id)) issues.push({ line, message: `employee "${id}" is defined twice` });
    const maxShifts = new Array<number>(S).fill(0);
    for (const pair of (maxShiftsText ?? '').split('|').filter((t) => t !== '')) {
      const [shiftId, n] = pair.split('=');
      maxShifts[shiftOf(shiftId, line)] = int(n, line, `MaxShifts ${pair}`);
    }
    employeeIndex.set(id, staff.length);
    staff.push({
      id,
      maxShifts,
      maxTotalMinutes: int(maxMin, line, 'MaxTotalMinutes'),
      minTotalMinutes: int(minMin, line, 'MinTotalMinutes'),
      maxConsecutiveShifts: int(maxCons, line, 'MaxConsecutiveShifts'),
      minConsecutiveShifts: int(minCons, line, 'MinConsecutiveShifts'),
      minConsecutiveDaysOff: int(minOff, line, 'MinConsecutiveDaysOff'),
      maxWeekends: int(maxWeekends, line, 'MaxWeekends'),
    });
  }
  const employeeOf = (id: string | undefined, line: number): number => {
    const e = id === undefined ? undefined : employeeIndex.get(id);
    if (e === undefined) {
      issues.push({ line, message: `unknown employee "${id ?? ''}"` });
      return 0;
    }
    return e;
  };
  const dayOf = (text: string | undefined, line: number): number => {
    const d = int(text, line, 'day');
    if (d >= horizon) issues.push({ line, message: `day ${d} is outside the horizon 0…${horizon - 1}` });
    return d;
  };

  const E = staff.length;
  const daysOff = new Uint8Array(E * horizon);
  for (const { line, fields } of rows.get('SECTION_DAYS_OFF')!) {
    const e = employeeOf(fields[0], line);
    for (const day of fields.slice(1).filter((t) => t !== '')) {
      const d = dayOf(day, line);
      if (d < horizon) daysOff[e * horizon + d] = 1;
    }
  }
  const requests = (section: Section): CurtoisRequest[] =>
    rows
      .get(section)!
      .map(({ line, fields }) => ({ employee: employeeOf(fields[0], line), day: dayOf(fields[1], line), shift: shiftOf(fields[2], line), weight: int(fields[3], line, 'weight') }));
  const onRequests = requests('SECTION_SHIFT_ON_REQUESTS');
  const offRequests = requests('SECTION_SHIFT_OFF_REQUESTS');

  const cover: (CurtoisCover | undefined)[] = new Array(horizon * S).fill(undefined);
  for (const { line, fields } of rows.get('SECTION_COVER')!) {
    const d = dayOf(fields[0], line);
    const s = shiftOf(fields[1], line);
    cover[d * S + s] = { requirement: int(fields[2], line, 'Requirement'), weightUnder: int(fields[3], line, 'WeightUnder'), weightOver: int(fields[4], line, 'WeightOver') };
  }
  if (issues.length === 0 && cover.some((c) => c === undefined)) issues.push({ line: 1, message: `SECTION_COVER must have a line for every day and shift (${horizon} × ${S})` });
  if (issues.length > 0) return err(issues);
  return ok({ name, horizon, shifts, staff, forbiddenNext, daysOff, onRequests, offRequests, cover: cover as CurtoisCover[] });
}
