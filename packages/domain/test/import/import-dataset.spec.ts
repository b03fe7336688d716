import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type DatasetSources, type ImportIssue, importDataset } from '../../src/index.ts';
import { at } from '@muster/testkit';

const OFFICERS = `officer_id,name,unit,rank,hire_date,prior_le_years,academy_track,timezone
O-1,Ana Ruiz,North,Officer,2020-01-06,0,full,America/Chicago
O-2,Ben Cole,North,Officer,2025-09-01,3,lateral,America/Phoenix
`;
const SHIFTS_HEADER = 'officer_id,start,end,kind,operation_id,role\n';

function load(shifts: string, extra: Partial<DatasetSources> = {}) {
  return importDataset({ officers: { file: 'officers.csv', chunks: [OFFICERS] }, shifts: { file: 'shifts.csv', chunks: [SHIFTS_HEADER + shifts] }, ...extra }, DEFAULT_POLICY);
}

function issues(shifts: string, extra: Partial<DatasetSources> = {}): Pick<ImportIssue, 'code' | 'line' | 'column' | 'field'>[] {
  const result = load(shifts, extra);
  if (result.ok) return [];
  return result.error.issues.map(({ code, line, column, field }) => ({ code, line, column, ...(field ? { field } : {}) }));
}

describe('importDataset', () => {
  it('reads wall-clock times in each officer’s own zone and offsets as absolute', () => {
    const result = load(
      'O-1,2026-01-05T22:00,2026-01-06T06:00,regular,,\nO-2,2026-01-05T22:00,2026-01-06T06:00,regular,,\nO-2,2026-01-07T06:00:00-06:00,2026-01-07T14:00:00-06:00,court,,\n',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.ledger.get('O-1')![0]!.start).toBe(at('2026-01-05T22:00', 'America/Chicago'));
    expect(result.value.ledger.get('O-2')![0]!.start).toBe(at('2026-01-05T22:00', 'America/Phoenix'));
    expect(result.value.ledger.get('O-2')![1]!.start).toBe(Date.UTC(2026, 0, 7, 12));
    expect(result.value.recordCount).toBe(3);
  });

  it('takes the first occurrence of a repeated fall-back time', () => {
    const result = load('O-1,2026-11-01T01:30,2026-11-01T09:00,regular,,\n');
    expect(result.ok && result.value.ledger.get('O-1')![0]!.start).toBe(Date.UTC(2026, 10, 1, 6, 30));
  });

  it('rejects a time inside the spring-forward gap and suggests the time after it', () => {
    const result = load('O-1,2026-03-08T02:30,2026-03-08T10:00,regular,,\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues[0]).toMatchObject({ code: 'import.nonexistent-local-time', file: 'shifts.csv', line: 2, column: 5, field: 'start' });
    expect(result.error.issues[0]!.message).toContain('Maybe 2026-03-08T03:30');
  });

  it('reports every problem with file, line, column and field, and imports nothing', () => {
    const bad = [
      'O-1,2026-03-02T07:00,2026-03-02T15:00,regular,,',
      'O-9,2026-03-02T07:00,2026-03-02T15:00,regular,,',
      'O-1,2026-03-03T18:00,2026-03-03T06:00,regular,,',
      'O-1,2026-13-01T07:00,2026-03-01T15:00,overtime,,',
      'O-1,2026-03-05T07:00,2026-03-05T15:00,patrol,,',
      'O-1,2026-03-02T14:00,2026-03-02T18:00,overtime,,',
      'O-1,2026-03-06T07:00,2026-03-06T15:00,regular',
      'O-1,nonsense,2026-03-07T15:00,regular,,',
    ].join('\n');
    expect(issues(`${bad}\n`)).toEqual([
      { code: 'import.unknown-officer', line: 3, column: 1, field: 'officer_id' },
      { code: 'import.end-not-after-start', line: 4, column: 22, field: 'end' },
      { code: 'import.bad-time', line: 5, column: 5, field: 'start' },
      { code: 'import.bad-value', line: 6, column: 39, field: 'kind' },
      { code: 'import.overlap', line: 7, column: 1, field: 'start' },
      { code: 'import.field-count', line: 8, column: 1 },
      { code: 'import.bad-time', line: 9, column: 5, field: 'start' },
    ]);
  });

  it('lets an on-call record contain a callback but not another on-call record', () => {
    const callback = 'O-1,2026-03-06T15:00,2026-03-07T07:00,on_call,,\nO-1,2026-03-06T23:10,2026-03-07T02:40,overtime,,\n';
    expect(issues(callback)).toEqual([]);
    expect(issues(`${callback}O-1,2026-03-07T06:00,2026-03-07T12:00,on_call,,\n`).map((i) => i.code)).toEqual(['import.overlap']);
  });

  it('accepts records that touch (a holdover) but not ones that overlap by a minute', () => {
    expect(issues('O-1,2026-03-02T07:00,2026-03-02T15:00,regular,,\nO-1,2026-03-02T15:00,2026-03-02T17:00,overtime,,\n')).toEqual([]);
    expect(issues('O-1,2026-03-02T07:00,2026-03-02T15:00,regular,,\nO-1,2026-03-02T14:59,2026-03-02T17:00,overtime,,\n')).toEqual([
      { code: 'import.overlap', line: 3, column: 1, field: 'start' },
    ]);
  });

  it('checks the header: missing, unknown and repeated columns', () => {
    const result = importDataset({ shifts: { file: 'shifts.csv', chunks: ['officer_id,begin,end,kind,kind\n'] } }, DEFAULT_POLICY);
    expect(result.ok ? [] : result.error.issues.map((i) => [i.code, i.field])).toEqual([
      ['import.missing-column', 'start'],
      ['import.unknown-column', 'begin'],
      ['import.duplicate-column', 'kind'],
    ]);
  });

  it('finds duplicate officers, bad tracks, zones, dates and numbers in officers.csv', () => {
    const officers = `officer_id,name,unit,rank,hire_date,prior_le_years,academy_track,timezone
O-1,Ana Ruiz,North,Officer,2020-01-06,0,full,America/Chicago
O-1,Ana Again,North,Officer,2020-01-06,0,full,America/Chicago
O-3,Cy Dunn,North,Officer,2020-02-30,-2,online,Mars/Base
`;
    const result = importDataset({ officers: { file: 'officers.csv', chunks: [officers] }, shifts: { file: 'shifts.csv', chunks: [SHIFTS_HEADER] } }, DEFAULT_POLICY);
    expect(result.ok ? [] : result.error.issues.map((i) => [i.line, i.code, i.field])).toEqual([
      [3, 'import.duplicate-id', 'officer_id'],
      [4, 'import.bad-date', 'hire_date'],
      [4, 'import.bad-number', 'prior_le_years'],
      [4, 'import.bad-value', 'academy_track'],
      [4, 'import.unknown-time-zone', 'timezone'],
    ]);
  });

  it('checks qualifications: unknown officer, expiry before issue, duplicates', () => {
    const qualifications = `officer_id,qualification,issued,expires
O-1,pit,2026-01-01,2026-12-31
O-1,pit,2026-01-01,2026-06-30
O-7,firearms,2026-01-01,2026-06-30
O-2,firearms,2026-06-30,2026-01-01
`;
    const result = load('', { qualifications: { file: 'qualifications.csv', chunks: [qualifications] } });
    expect(result.ok ? [] : result.error.issues.map((i) => [i.file, i.line, i.code])).toEqual([
      ['qualifications.csv', 3, 'import.duplicate-id'],
      ['qualifications.csv', 4, 'import.unknown-officer'],
      ['qualifications.csv', 5, 'import.end-not-after-start'],
    ]);
  });

  it('checks operation ids and roles against the operations file', () => {
    const operations = JSON.stringify({
      operations: [
        {
          id: 'OP-1',
          name: 'Warrant',
          start: '2026-03-12T05:00',
          end: '2026-03-12T15:00',
          riskTier: 'high',
          roles: [{ role: 'entry-team', count: 2, requiredQualifications: ['firearms'] }],
        },
      ],
    });
    const extra = { operations: { file: 'operations.json', chunks: [operations] } };
    expect(issues('O-1,2026-03-12T05:00,2026-03-12T15:00,regular,OP-1,entry-team\n', extra)).toEqual([]);
    expect(
      issues('O-1,2026-03-12T05:00,2026-03-12T15:00,regular,OP-2,entry-team\nO-2,2026-03-12T05:00,2026-03-12T15:00,regular,OP-1,driver\n', extra).map((i) => [
        i.line,
        i.code,
        i.field,
      ]),
    ).toEqual([
      [2, 'import.unknown-operation', 'operation_id'],
      [3, 'import.bad-value', 'role'],
    ]);
  });

  it('stops listing at the cap but counts every problem', () => {
    const lines = Array.from({ length: 250 }, () => 'O-9,2026-03-02T07:00,2026-03-02T15:00,regular,,').join('\n');
    const result = importDataset({ officers: { file: 'officers.csv', chunks: [OFFICERS] }, shifts: { file: 'shifts.csv', chunks: [SHIFTS_HEADER + lines] } }, DEFAULT_POLICY, 100);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toHaveLength(100);
    expect(result.error.total).toBe(250);
  });
});

describe('importDataset follow-on problems', () => {
  it('does not report the shifts and grants of an officer whose own row is invalid as unknown officers', () => {
    const officers = `officer_id,name,unit,rank,hire_date,prior_le_years,academy_track,timezone
O-1,Ana Ruiz,North,Officer,2020-13-06,0,full,America/Chicago
`;
    const result = importDataset(
      {
        officers: { file: 'officers.csv', chunks: [officers] },
        qualifications: { file: 'qualifications.csv', chunks: ['officer_id,qualification,issued,expires\nO-1,pit,2026-01-01,2026-12-31\n'] },
        shifts: { file: 'shifts.csv', chunks: [`${SHIFTS_HEADER}O-1,2026-03-02T07:00,2026-03-02T15:00,regular,,\nO-2,2026-03-02T07:00,2026-03-02T15:00,regular,,\n`] },
      },
      DEFAULT_POLICY,
    );
    expect(result.ok ? [] : result.error.issues.map((i) => [i.file, i.line, i.code])).toEqual([
      ['officers.csv', 2, 'import.bad-date'],
      ['shifts.csv', 3, 'import.unknown-officer'],
    ]);
  });
});
