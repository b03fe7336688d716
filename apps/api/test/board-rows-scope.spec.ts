import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from './test-app.ts';

type Board = { officers: { id: string; name: string; unit: string; timeZone: string }[]; records: { officerId: string }[]; findings: { officerId: string; message: string }[] };
const RANGE = 'from=2026-03-09&to=2026-03-15';

describe('the roster board’s officers= rows', () => {
  let t: TestApp;
  const rows = async (unit: string, officers?: string) => t.call('supervisor', 'GET', `/api/units/${unit}/roster?${RANGE}${officers === undefined ? '' : `&officers=${officers}`}`);
  const asAdmin = async (unit: string, officers?: string) =>
    (await t.call('admin', 'GET', `/api/units/${unit}/roster?${RANGE}${officers === undefined ? '' : `&officers=${officers}`}`)).json() as Board;

  beforeAll(async () => {
    t = await testApp();
    const added = await t.call('admin', 'POST', '/api/duty-records', {
      records: [
        { officerId: 'N2', start: '2026-03-10T07:00:00-05:00', end: '2026-03-10T17:00:00-05:00', kind: 'regular' },
        { officerId: 'N2', start: '2026-03-11T01:00:00-05:00', end: '2026-03-11T07:00:00-05:00', kind: 'regular' },
        { officerId: 'S1', start: '2026-03-10T07:00:00-05:00', end: '2026-03-10T19:00:00-05:00', kind: 'regular' },
      ],
    });
    expect(added.statusCode, added.body).toBe(201);
  }, 60_000);
  afterAll(async () => t.close());

  it('gives a supervisor of north no row of a south officer named in officers=, and refuses the south board', async () => {
    const named = await rows('north', 'S1,N1');
    expect(named.statusCode).toBe(200);
    const board = named.json() as Board;
    expect(board.officers.map((o) => o.id)).toEqual(['N1']);
    expect(board.records.filter((r) => r.officerId === 'S1')).toEqual([]);
    expect((await rows('south', 'S1')).statusCode).toBe(403);
    expect((await rows('south', 'N1')).statusCode).toBe(403);
  });

  it('agrees with the whole board after an import moves an officer to another unit and renames them', async () => {
    const before = await asAdmin('north', 'N2');
    expect(before.officers.map((o) => [o.id, o.unit])).toEqual([['N2', 'north']]);
    expect(before.records).toHaveLength(2);
    await asAdmin('south'); // cached whole, before the move
    const csv = 'officer_id,name,unit,rank,hire_date,prior_le_years,academy_track,timezone\nN2,Nadia Moved,south,Officer,2019-05-01,0,full,America/Denver\n';
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/imports/officers',
      payload: csv,
      headers: { authorization: `Bearer ${await t.token('admin')}`, 'content-type': 'text/csv' },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    // North: no N2 row any more, in the rows answer and the whole board alike.
    expect((await asAdmin('north', 'N2')).officers).toEqual([]);
    expect((await asAdmin('north')).officers.map((o) => o.id)).toEqual(['N1']);
    // South: the rows answer and the whole board show N2 the same, with the new name and zone.
    const part = await asAdmin('south', 'N2');
    const whole = await asAdmin('south');
    expect(part.officers).toEqual(whole.officers.filter((o) => o.id === 'N2'));
    expect(part.officers.map((o) => [o.name, o.timeZone])).toEqual([['Nadia Moved', 'America/Denver']]);
    expect(part.records).toEqual(whole.records.filter((r) => r.officerId === 'N2'));
    expect(part.findings).toEqual(whole.findings.filter((f) => f.officerId === 'N2'));
    expect(whole.officers.map((o) => o.id).sort()).toEqual(['N2', 'S1']);
  });
});
