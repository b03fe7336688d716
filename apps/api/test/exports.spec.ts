import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@muster/services';
import { ENGINES } from './engines.ts';
import { type TestApp, testApp } from './test-app.ts';

const csv = (...lines: string[]): string => `${lines.join('\n')}\n`;
const OFFICERS_HEADER = 'officer_id,name,unit,rank,hire_date,prior_le_years,academy_track,timezone';
const SHIFTS_HEADER = 'officer_id,start,end,kind,operation_id,role';

/** What the source agency holds besides the fixture: an officer in Phoenix (no daylight saving), grants, and records across the spring-forward night. */
const EXTRA_OFFICERS = csv(OFFICERS_HEADER, 'P1,"Diaz, Eva ""Evie""",south,Agent,2024-02-01,3,lateral,America/Phoenix');
const QUALIFICATIONS = csv('officer_id,qualification,issued,expires', 'N1,firearms,2026-01-10,2026-07-09', 'P1,pit,2025-03-13,2026-03-12');
const SHIFTS = csv(
  'officer_id,start,end,kind,operation_id,role',
  'N1,2026-03-06T07:00,2026-03-06T15:00,regular,,',
  'N1,2026-03-07T22:00,2026-03-08T06:00,regular,,', // 7 h: the clocks spring forward at 02:00
  'N2,2026-03-09T07:00,2026-03-09T17:00,overtime,OP-3,pit-driver',
  'P1,2026-03-08T22:00,2026-03-09T06:00,regular,,',
  'S1,2026-03-09T08:00,2026-03-09T20:00,on_call,,',
);

describe.each(ENGINES)('exports (%s)', (engine) => {
  let t: TestApp;
  const auth = async (app: TestApp, role: Role) => ({ authorization: `Bearer ${await app.token(role)}` });
  const get = async (role: Role, url: string, app: TestApp = t) => app.app.inject({ method: 'GET', url, headers: await auth(app, role) });
  const upload = async (app: TestApp, url: string, body: string) => {
    const response = await app.app.inject({ method: 'POST', url, payload: body, headers: { ...(await auth(app, 'admin')), 'content-type': 'text/csv' } });
    expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
  };

  beforeAll(async () => {
    t = await testApp(engine);
    await upload(t, '/api/imports/officers', EXTRA_OFFICERS);
    await upload(t, '/api/imports/qualifications', QUALIFICATIONS);
    await upload(t, '/api/imports/shifts', SHIFTS);
    await upload(t, '/api/imports/shifts?status=draft', csv('officer_id,start,end,kind', 'N2,2026-03-07T07:00,2026-03-07T15:00,training'));
  }, 60_000);
  afterAll(async () => t.close());

  it('writes officers.csv as an attachment, quoting what needs quotes', async () => {
    const response = await get('admin', '/api/exports/officers.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="officers.csv"');
    expect(response.body).toBe(
      csv(
        OFFICERS_HEADER,
        'N1,Officer N1,north,Officer,2019-04-14,0,full,America/Chicago',
        'N2,Officer N2,north,Officer,2019-04-14,0,full,America/Chicago',
        'P1,"Diaz, Eva ""Evie""",south,Agent,2024-02-01,3,lateral,America/Phoenix',
        'S1,Officer S1,south,Officer,2019-04-14,0,full,America/Chicago',
      ),
    );
  });

  it('writes shifts.csv with every time in the officer zone, with its offset', async () => {
    const response = await get('supervisor', '/api/exports/shifts.csv?unit=north&from=2026-03-06&to=2026-03-09');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="shifts-north-2026-03-06-2026-03-09.csv"');
    expect(response.body).toBe(
      csv(
        SHIFTS_HEADER,
        'N1,2026-03-06T07:00:00-06:00,2026-03-06T15:00:00-06:00,regular,,',
        'N1,2026-03-07T22:00:00-06:00,2026-03-08T06:00:00-05:00,regular,,',
        'N2,2026-03-09T07:00:00-05:00,2026-03-09T17:00:00-05:00,overtime,OP-3,pit-driver',
      ),
    );
    const south = await get('admin', '/api/exports/shifts.csv?unit=south&from=2026-03-06&to=2026-03-09');
    expect(south.body).toBe(
      csv(SHIFTS_HEADER, 'P1,2026-03-08T22:00:00-07:00,2026-03-09T06:00:00-07:00,regular,,', 'S1,2026-03-09T08:00:00-05:00,2026-03-09T20:00:00-05:00,on_call,,'),
    );
  });

  it('exports records by the local day they start on, and drafts only when asked', async () => {
    const day = await get('admin', '/api/exports/shifts.csv?unit=north&from=2026-03-08&to=2026-03-08');
    expect(day.body).toBe(csv(SHIFTS_HEADER)); // the night shift of the 7th belongs to the 7th
    const drafts = await get('admin', '/api/exports/shifts.csv?unit=north&from=2026-03-06&to=2026-03-09&status=draft');
    expect(drafts.headers['content-disposition']).toBe('attachment; filename="shifts-north-2026-03-06-2026-03-09-draft.csv"');
    expect(drafts.body).toBe(csv(SHIFTS_HEADER, 'N2,2026-03-07T07:00:00-06:00,2026-03-07T15:00:00-06:00,training,,'));
  });

  it('gives the same records as JSON at ….json', async () => {
    const response = await get('admin', '/api/exports/shifts.json?unit=north&from=2026-03-06&to=2026-03-09');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="shifts-north-2026-03-06-2026-03-09.json"');
    const { items } = response.json() as { items: { officerId: string; start: string; end: string; kind: string; status: string; operationId?: string }[] };
    expect(items.map(({ officerId, start, end, kind, status }) => ({ officerId, start, end, kind, status }))).toEqual([
      { officerId: 'N1', start: '2026-03-06T13:00:00.000Z', end: '2026-03-06T21:00:00.000Z', kind: 'regular', status: 'published' },
      { officerId: 'N1', start: '2026-03-08T04:00:00.000Z', end: '2026-03-08T11:00:00.000Z', kind: 'regular', status: 'published' },
      { officerId: 'N2', start: '2026-03-09T12:00:00.000Z', end: '2026-03-09T22:00:00.000Z', kind: 'overtime', status: 'published' },
    ]);
    expect((await get('training', '/api/exports/officers.json?unit=south')).json()).toMatchObject({
      items: [{ id: 'P1', name: 'Diaz, Eva "Evie"', priorLeYears: 3 }, { id: 'S1' }],
    });
    expect((await get('training', '/api/exports/qualifications.json')).json()).toMatchObject({
      items: [
        { officerId: 'N1', qualificationId: 'firearms', issued: '2026-01-10', expires: '2026-07-09' },
        { officerId: 'P1', qualificationId: 'pit', issued: '2025-03-13', expires: '2026-03-12' },
      ],
    });
  });

  it('exports to each role only what it may see', async () => {
    const ids = async (role: Role, url: string) =>
      (await get(role, url)).body
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]);
    expect(await ids('supervisor', '/api/exports/officers.csv')).toEqual(['N1', 'N2']);
    expect(await ids('officer', '/api/exports/officers.csv')).toEqual(['N1']);
    expect(await ids('officer', '/api/exports/shifts.csv?from=2026-03-06&to=2026-03-09')).toEqual(['N1', 'N1']);
    expect(await ids('officer', '/api/exports/qualifications.csv')).toEqual(['N1']);
    expect(await ids('training', '/api/exports/qualifications.csv?unit=south')).toEqual(['P1']);
    expect(await ids('leadership', '/api/exports/shifts.csv?from=2026-03-06&to=2026-03-09')).toEqual(['N1', 'N1', 'N2', 'P1', 'S1']);
    const refusals: [Role, string][] = [
      ['analyst', '/api/exports/officers.csv'],
      ['analyst', '/api/exports/qualifications.json'],
      ['analyst', '/api/exports/shifts.csv?from=2026-03-06&to=2026-03-09'],
      ['training', '/api/exports/shifts.csv?unit=north&from=2026-03-06&to=2026-03-09'],
      ['training', '/api/exports/shifts.json?from=2026-03-06&to=2026-03-09'],
      ['supervisor', '/api/exports/officers.csv?unit=south'],
      ['supervisor', '/api/exports/shifts.csv?unit=south&from=2026-03-06&to=2026-03-09'],
    ];
    for (const [role, url] of refusals) {
      const response = await get(role, url);
      expect(response.statusCode, `${role} ${url}`).toBe(403);
      expect(response.json()).toMatchObject({ code: 'access.forbidden' });
    }
    expect((await get('admin', '/api/exports/officers.csv?unit=east')).json()).toMatchObject({ code: 'resource.not-found', details: { entity: 'unit', id: 'east' } });
    expect((await get('admin', '/api/exports/shifts.csv?from=2026-03-09&to=2026-03-06')).statusCode).toBe(400);
  });

  it('round-trips: what one database exports, a fresh one imports to the same records and exports again unchanged', async () => {
    const range = 'from=2026-03-01&to=2026-03-31';
    const exported = {
      officers: (await get('admin', '/api/exports/officers.csv')).body,
      qualifications: (await get('admin', '/api/exports/qualifications.csv')).body,
      shifts: (await get('admin', `/api/exports/shifts.csv?${range}`)).body,
    };
    const fresh = await testApp(engine);
    try {
      await upload(fresh, '/api/imports/officers', exported.officers);
      await upload(fresh, '/api/imports/qualifications', exported.qualifications);
      await upload(fresh, '/api/imports/shifts', exported.shifts);
      expect((await get('admin', '/api/exports/officers.csv', fresh)).body).toBe(exported.officers);
      expect((await get('admin', '/api/exports/qualifications.csv', fresh)).body).toBe(exported.qualifications);
      expect((await get('admin', `/api/exports/shifts.csv?${range}`, fresh)).body).toBe(exported.shifts);
      const records = async (app: TestApp) =>
        ((await get('admin', `/api/exports/shifts.json?${range}`, app)).json() as { items: { id: number; updatedAt: string }[] }).items.map(
          ({ id: _id, updatedAt: _at, ...rest }) => rest,
        );
      expect(await records(fresh)).toEqual(await records(t));
      expect((await records(fresh)).length).toBe(5);
    } finally {
      await fresh.close();
    }
  }, 60_000);
});
