import { describe, expect, it } from 'vitest';
import type { RosterBoard } from '../src/api-client/wire-types.ts';
import { daysBetween, localDay, mondayOf, zonedIso } from '../src/components/local-day.ts';
import { boardView, countFindings, withRows, worstLevel } from '../src/features/roster-board/board-cells.ts';
import { movedInterval } from '../src/features/roster-board/shift-times.ts';

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
    const cells = boardView(board).rows[0]!.cells;
    expect([...cells.keys()]).toEqual(['2026-11-01']);
    expect(cells.get('2026-11-01')!.records.map((r) => r.id)).toEqual([1]);
    expect(cells.get('2026-11-01')!.labels).toEqual(['21:00–07:00']);
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

  it('replaces only the refreshed rows, keeping the others as the same objects, and sums the counts again', () => {
    const officer = (id: string) => ({ id, name: id, unit: 'north', rank: 'Officer', hireDate: '2020-01-01', academyTrack: 'full', timeZone: 'America/Chicago' });
    const unit = { id: 'north', name: 'North', fieldOffice: 'Chicago', timeZone: 'America/Chicago' };
    const at = (officerId: string, level: 'warn' | 'block', overrideId?: number) => ({ ...finding(level, '2026-03-10T13:00:00Z', overrideId), officerId });
    const whole = {
      unit,
      from: '2026-03-09',
      to: '2026-03-15',
      policyVersion: 0,
      officers: [officer('N1'), officer('N2'), officer('N3')],
      records: [],
      findings: [at('N1', 'block'), at('N2', 'warn'), at('N2', 'block', 4), at('N3', 'warn')],
      overrides: [],
      summary: { block: 1, warn: 2, overridden: 1 },
    } as unknown as RosterBoard;
    const view = boardView(whole);
    expect(view.summary).toEqual({ block: 1, warn: 2, overridden: 1 });
    const part = { ...whole, policyVersion: 3, officers: [officer('N1')], findings: [at('N1', 'warn'), at('N1', 'warn')] } as unknown as RosterBoard;
    // N3 was refreshed too but is no longer in the unit: their row goes.
    const next = withRows(view, part, ['N1', 'N3']);
    expect(next.rows.map((r) => r.officer.id)).toEqual(['N1', 'N2']);
    expect(next.rows[1]).toBe(view.rows[1]);
    expect(next.rows[0]).not.toBe(view.rows[0]);
    expect(next.summary).toEqual({ block: 0, warn: 3, overridden: 1 });
    expect(next.board.policyVersion).toBe(3);
    expect(countFindings([at('N1', 'block', 1), at('N1', 'block')] as never)).toEqual({ block: 1, warn: 0, overridden: 1 });
  });

  it('moves a shift to another day at the same wall-clock times, across the spring-forward night', () => {
    // 07:00–17:00 CST on Saturday 2026-03-07 moved to Sunday the 8th: 07:00–17:00 CDT, an hour earlier in UTC.
    const moved = movedInterval({ start: '2026-03-07T13:00:00Z', end: '2026-03-07T23:00:00Z' }, 'America/Chicago', '2026-03-08', 'America/Chicago');
    expect(moved).toEqual({ start: '2026-03-08T12:00:00.000Z', end: '2026-03-08T22:00:00.000Z' });
    // 22:00–08:00 CDT keeps ending on the next morning, at 22:00–08:00 EDT for an officer in New York.
    const night = movedInterval({ start: '2026-03-10T03:00:00Z', end: '2026-03-10T13:00:00Z' }, 'America/Chicago', '2026-03-12', 'America/New_York');
    expect(night).toEqual({ start: '2026-03-13T02:00:00.000Z', end: '2026-03-13T12:00:00.000Z' });
    // 24 h on call keeps its length (the wall clock would make it 23 h across the change).
    const onCall = movedInterval({ start: '2026-03-01T13:00:00Z', end: '2026-03-02T13:00:00Z' }, 'America/Chicago', '2026-03-07', 'America/Chicago');
    expect(onCall).toEqual({ start: '2026-03-07T13:00:00.000Z', end: '2026-03-08T13:00:00.000Z' });
  });
});
