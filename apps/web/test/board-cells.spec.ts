import { describe, expect, it } from 'vitest';
import type { RosterBoard } from '../src/api-client/wire-types.ts';
import { daysBetween, localDay, mondayOf, zonedIso } from '../src/components/local-day.ts';
import { boardCells, worstLevel } from '../src/features/roster-board/board-cells.ts';

const finding = (level: 'warn' | 'block', start: string, overrideId?: number) => ({
  ruleId: 'rest.min-between-duties',
  level,
  officerId: 'N1',
  start,
  end: start,
  measured: 8,
  limit: 10,
  unit: 'h',
  message: 'Only 8 h rest',
  ...(overrideId === undefined ? {} : { overrideId }),
});

describe('board cells', () => {
  it("puts a night shift on the officer's local day it starts, across the fall-back night", () => {
    const board = {
      unit: { id: 'north', name: 'North', fieldOffice: 'Chicago', timeZone: 'America/Chicago' },
      officers: [{ id: 'N1', name: 'A', unit: 'north', rank: 'Officer', hireDate: '2020-01-01', academyTrack: 'full', timeZone: 'America/Chicago' }],
      // 2026-11-01 21:00 CST is 2026-11-02T03:00Z: still the 1st in Chicago.
      records: [{ id: 1, officerId: 'N1', start: '2026-11-02T03:00:00Z', end: '2026-11-02T13:00:00Z', kind: 'regular', status: 'published' }],
      findings: [finding('block', '2026-11-02T03:00:00Z')],
    } as unknown as RosterBoard;
    const cells = boardCells(board);
    expect([...cells.keys()]).toEqual(['N1|2026-11-01']);
    expect(cells.get('N1|2026-11-01')!.records.map((r) => r.id)).toEqual([1]);
    expect(localDay('2026-11-02T03:00:00Z', 'UTC')).toBe('2026-11-02');
  });

  it('counts an overridden block as a warning, and a block as the worst', () => {
    expect(worstLevel([finding('warn', 'x'), finding('block', 'x')] as never)).toBe('block');
    expect(worstLevel([finding('block', 'x', 7)] as never)).toBe('warn');
    expect(worstLevel([])).toBeUndefined();
  });

  it('steps over days and weeks on the calendar', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
  });

  it('turns a local wall-clock time into an instant across both daylight-saving changes', () => {
    expect(zonedIso('2026-03-07', '07:00', 'America/Chicago')).toBe('2026-03-07T13:00:00.000Z');
    expect(zonedIso('2026-03-08', '04:00', 'America/Chicago')).toBe('2026-03-08T09:00:00.000Z');
    // 02:30 does not exist on the spring-forward night: it lands after the gap, 03:30 CDT.
    expect(zonedIso('2026-03-08', '02:30', 'America/Chicago')).toBe('2026-03-08T08:30:00.000Z');
    // 01:30 happens twice on the fall-back night: the first, daylight one.
    expect(zonedIso('2026-11-01', '01:30', 'America/Chicago')).toBe('2026-11-01T06:30:00.000Z');
    expect(zonedIso('2026-11-01', '23:00', 'America/Chicago')).toBe('2026-11-02T05:00:00.000Z');
    expect(zonedIso('2026-07-01', '00:00', 'America/Phoenix')).toBe('2026-07-01T07:00:00.000Z');
  });
});
