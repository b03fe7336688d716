import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, importDataset } from '@muster/domain';
import type { Role } from '@muster/services';
import { ENGINES } from './engines.ts';
import { type TestApp, testApp } from './test-app.ts';

interface Board {
  records: { id: number; officerId: string; start: string; end: string; kind: string; status: string }[];
}
interface Issue {
  file: string;
  line: number;
  column: number;
  field?: string;
  code: string;
  message: string;
}
interface ImportProblem {
  status: number;
  code: string;
  detail: string;
  details: { issues: Issue[]; total: number };
}

const SHIFTS_HEADER = 'officer_id,start,end,kind,operation_id,role';
const csv = (...lines: string[]): string => `${lines.join('\n')}\n`;
/** The fixture's officers as officers.csv, as the CLI would be given them. */
const FIXTURE_OFFICERS = csv(
  'officer_id,name,unit,rank,hire_date,prior_le_years,academy_track,timezone',
  'N1,Officer N1,north,Officer,2019-04-14,0,full,America/Chicago',
  'N2,Officer N2,north,Officer,2019-04-14,0,full,America/Chicago',
  'S1,Officer S1,south,Officer,2019-04-14,0,full,America/Chicago',
);

describe.each(ENGINES)('CSV imports (%s)', (engine) => {
  let t: TestApp;
  const auth = async (role: Role) => ({ authorization: `Bearer ${await t.token(role)}` });
  const upload = async (role: Role, url: string, body: string, contentType = 'text/csv') =>
    t.app.inject({ method: 'POST', url, payload: body, headers: { ...(await auth(role)), 'content-type': contentType } });
  const get = async (role: Role, url: string) => t.app.inject({ method: 'GET', url, headers: await auth(role) });
  const board = async (unit: string, from: string, to: string): Promise<Board> => (await get('admin', `/api/units/${unit}/roster?from=${from}&to=${to}`)).json() as Board;
  const problem = (response: { json(): unknown }) => response.json() as ImportProblem;

  beforeAll(async () => {
    t = await testApp(engine);
  }, 60_000);
  afterAll(async () => t.close());

  describe('shifts', () => {
    it('lands every row of a good file, published, in the officer zone, and shows it on the board at once', async () => {
      expect((await board('north', '2026-03-16', '2026-03-22')).records).toEqual([]); // cached empty board
      const response = await upload(
        'supervisor',
        '/api/imports/shifts',
        csv(
          SHIFTS_HEADER,
          'N1,2026-03-16T07:00,2026-03-16T15:00,regular,,',
          'N2,2026-03-16T22:00,2026-03-17T06:00,regular,,',
          'N1,2026-03-17T07:00:00-05:00,2026-03-17T15:00:00-05:00,overtime,OP-7,driver',
        ),
      );
      expect(response.statusCode).toBe(201);
      const result = response.json() as { imported: { records: number }; status: string; firstId: number; lastId: number; officers: number; units: string[] };
      expect(result).toMatchObject({ imported: { records: 3 }, status: 'published', officers: 2, units: ['north'] });
      expect(result.lastId - result.firstId).toBe(2);
      const records = (await board('north', '2026-03-16', '2026-03-22')).records.map(({ officerId, start, end, kind, status }) => ({ officerId, start, end, kind, status }));
      expect(records).toEqual([
        { officerId: 'N1', start: '2026-03-16T12:00:00.000Z', end: '2026-03-16T20:00:00.000Z', kind: 'regular', status: 'published' },
        { officerId: 'N1', start: '2026-03-17T12:00:00.000Z', end: '2026-03-17T20:00:00.000Z', kind: 'overtime', status: 'published' },
        { officerId: 'N2', start: '2026-03-17T03:00:00.000Z', end: '2026-03-17T11:00:00.000Z', kind: 'regular', status: 'published' },
      ]);
      const n1 = (await get('supervisor', '/api/officers/N1/duty-records?from=2026-03-17&to=2026-03-17')).json() as { items: { operationId?: string; role?: string }[] };
      expect(n1.items).toMatchObject([{ operationId: 'OP-7', role: 'driver' }]);
    });

    it('appends one audit entry with the counts and the first and last ids', async () => {
      const audit = (await get('admin', '/api/audit?entity=import&entityId=shifts')).json() as { items: { action: string; actorEmail: string; after: Record<string, unknown> }[] };
      expect(audit.items).toHaveLength(1);
      const [entry] = audit.items;
      expect(entry).toMatchObject({
        action: 'import.shifts',
        actorEmail: 'supervisor@test.muster',
        after: { file: 'shifts.csv', records: 3, status: 'published', officers: 2, units: ['north'] },
      });
      expect((entry!.after['lastId'] as number) - (entry!.after['firstId'] as number)).toBe(2);
    });

    it('imports drafts with status=draft, and reads text/plain as CSV', async () => {
      const response = await upload(
        'admin',
        '/api/imports/shifts?status=draft',
        csv('officer_id,start,end,kind', 'S1,2026-03-18T07:00,2026-03-18T15:00,court'),
        'text/plain; charset=utf-8',
      );
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ imported: { records: 1 }, status: 'draft', units: ['south'] });
      expect((await board('south', '2026-03-16', '2026-03-22')).records.map((r) => [r.officerId, r.kind, r.status])).toEqual([['S1', 'court', 'draft']]);
    });

    it('imports nothing from a file with one bad line among good ones, and names the line, column and code', async () => {
      const response = await upload(
        'supervisor',
        '/api/imports/shifts',
        csv(
          'officer_id,start,end,kind',
          'N1,2026-03-23T07:00,2026-03-23T15:00,regular',
          'N2,2026-03-23T07:00,2026-03-23T15:00,patrol',
          'N1,2026-03-24T07:00,2026-03-24T15:00,regular',
        ),
      );
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = problem(response);
      expect(body).toMatchObject({ status: 422, code: 'import.invalid', details: { total: 1 } });
      expect(body.details.issues).toEqual([
        {
          file: 'shifts.csv',
          line: 3,
          column: 38,
          field: 'kind',
          code: 'import.bad-value',
          message: 'unknown kind "patrol"; expected one of regular, overtime, training, court, on_call, travel',
        },
      ]);
      expect(body.detail).toBe(
        'shifts.csv has 1 problem; nothing was imported. The first: shifts.csv:3:38: kind: unknown kind "patrol"; expected one of regular, overtime, training, court, on_call, travel [import.bad-value].',
      );
      expect((await board('north', '2026-03-23', '2026-03-29')).records).toEqual([]);
    });

    it('reports exactly the line-level problems the CLI reports for the same file', async () => {
      const text = csv(
        SHIFTS_HEADER,
        'N1,2026-04-06T07:00,2026-04-06T15:00,regular,,',
        'X9,2026-04-06T07:00,2026-04-06T15:00,regular,,',
        'N2,2026-03-08T02:30,2026-03-08T10:00,regular,,',
        'N2,2026-04-07T18:00,2026-04-07T06:00,regular,,',
        'N2,2026-13-01T07:00,2026-04-01T15:00,overtime,,',
        'N2,2026-04-08T07:00,2026-04-08T15:00,patrol,,',
        'N1,2026-04-06T14:00,2026-04-06T18:00,overtime,,',
      );
      const response = await upload('admin', '/api/imports/shifts', text);
      expect(response.statusCode).toBe(422);
      const { issues, total } = problem(response).details;
      expect(issues.map((i) => [i.line, i.column, i.field, i.code])).toEqual([
        [3, 1, 'officer_id', 'import.unknown-officer'],
        [4, 4, 'start', 'import.nonexistent-local-time'],
        [5, 21, 'end', 'import.end-not-after-start'],
        [6, 4, 'start', 'import.bad-time'],
        [7, 38, 'kind', 'import.bad-value'],
        [8, 1, 'start', 'import.overlap'],
      ]);
      expect(total).toBe(6);
      const cli = importDataset({ shifts: { file: 'shifts.csv', chunks: [text] }, officers: { file: 'officers.csv', chunks: [FIXTURE_OFFICERS] } }, DEFAULT_POLICY);
      expect(cli.ok).toBe(false);
      if (!cli.ok) expect(issues).toEqual(cli.error.issues);
    });

    it('names an unknown officer at its line', async () => {
      const response = await upload(
        'admin',
        '/api/imports/shifts',
        csv('officer_id,start,end,kind', 'N1,2026-04-13T07:00,2026-04-13T15:00,regular', 'NOBODY,2026-04-13T07:00,2026-04-13T15:00,regular'),
      );
      expect(problem(response).details.issues).toEqual([
        { file: 'shifts.csv', line: 3, column: 1, field: 'officer_id', code: 'import.unknown-officer', message: 'unknown officer "NOBODY". Maybe add them to the officers file?' },
      ]);
      expect((await board('north', '2026-04-13', '2026-04-19')).records).toEqual([]);
    });

    it('refuses records that overlap stored ones as the CLI would (on call may hold duty; touching and cancelled records are fine)', async () => {
      const stored = await t.app.inject({
        method: 'POST',
        url: '/api/duty-records',
        headers: await auth('supervisor'),
        payload: {
          records: [
            { officerId: 'N2', start: '2026-03-30T07:00:00-05:00', end: '2026-03-30T15:00:00-05:00', kind: 'regular', status: 'published' },
            { officerId: 'N2', start: '2026-03-31T07:00:00-05:00', end: '2026-03-31T15:00:00-05:00', kind: 'regular' },
          ],
        },
      });
      const [kept, cancelled] = (stored.json() as { items: { id: number }[] }).items;
      await t.app.inject({ method: 'PATCH', url: `/api/duty-records/${cancelled!.id}`, headers: await auth('supervisor'), payload: { status: 'cancelled' } });
      const rows = [
        'N2,2026-03-30T15:00,2026-03-30T17:00,overtime', // touches the stored end
        'N2,2026-03-30T06:00,2026-03-30T08:00,training', // overlaps the stored shift
        'N2,2026-03-30T10:00,2026-03-30T20:00,on_call', // on call may hold duty
        'N2,2026-03-31T07:00,2026-03-31T15:00,regular', // where the cancelled record was
      ];
      const refused = await upload('supervisor', '/api/imports/shifts', csv('officer_id,start,end,kind', ...rows));
      expect(refused.statusCode).toBe(422);
      expect(problem(refused).details.issues).toEqual([
        {
          file: 'shifts.csv',
          line: 3,
          column: 1,
          field: 'start',
          code: 'import.overlap',
          message: `officer "N2" has overlapping records: training from 2026-03-30T06:00:00-05:00 to 2026-03-30T08:00:00-05:00 overlaps the stored regular record ${kept!.id} (2026-03-30T07:00:00-05:00 to 2026-03-30T15:00:00-05:00). Maybe cancel the stored record first?`,
        },
      ]);
      expect((await board('north', '2026-03-30', '2026-04-05')).records.map((r) => r.id)).toEqual([kept!.id]);
      const accepted = await upload('supervisor', '/api/imports/shifts', csv('officer_id,start,end,kind', rows[0]!, rows[2]!, rows[3]!));
      expect(accepted.json()).toMatchObject({ imported: { records: 3 } });
      expect((await board('north', '2026-03-30', '2026-04-05')).records.map((r) => r.kind)).toEqual(['regular', 'on_call', 'overtime', 'regular']);
    });

    it('refuses a supervisor a file with an officer outside their units, and writes none of it', async () => {
      const text = csv('officer_id,start,end,kind', 'N1,2026-04-20T07:00,2026-04-20T15:00,regular', 'S1,2026-04-20T07:00,2026-04-20T15:00,regular');
      const response = await upload('supervisor', '/api/imports/shifts', text);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'access.forbidden', detail: 'A supervisor account may not import duty records of officer S1 (unit south).' });
      expect((await board('north', '2026-04-20', '2026-04-26')).records).toEqual([]);
      expect((await board('south', '2026-04-20', '2026-04-26')).records).toEqual([]);
      for (const role of ['officer', 'training', 'leadership', 'analyst'] as const) {
        const refused = await upload(role, '/api/imports/shifts', text);
        expect(refused.statusCode, role).toBe(403);
        expect(refused.json(), role).toMatchObject({ code: 'access.forbidden' });
      }
      expect((await get('admin', '/api/audit?entity=import&entityId=shifts')).json()).toMatchObject({ items: { length: 3 } });
    });

    it('answers a JSON body with 415, a body over 50 MiB with 413, and an empty file with its issue', async () => {
      const json = await t.app.inject({ method: 'POST', url: '/api/imports/shifts', headers: await auth('admin'), payload: { records: [] } });
      expect(json.statusCode).toBe(415);
      expect(json.json()).toMatchObject({ code: 'request.unsupported-media-type' });
      const huge = await upload('admin', '/api/imports/shifts', `officer_id,start,end,kind\n${'x'.repeat(50 * 1024 * 1024)}\n`);
      expect(huge.statusCode).toBe(413);
      expect(huge.json()).toMatchObject({ code: 'request.too-large' });
      expect(problem(await upload('admin', '/api/imports/shifts', '')).details.issues.map((i) => [i.line, i.column, i.code])).toEqual([[1, 1, 'import.empty-file']]);
      // The JSON routes still refuse CSV.
      const csvOnJson = await upload('admin', '/api/duty-records', 'officer_id,start,end,kind\n');
      expect(csvOnJson.statusCode).toBe(415);
    });

    it('imports 20,000 rows in one transaction (timed)', async () => {
      const rows: string[] = ['officer_id,start,end,kind'];
      // 20,000 eight-hour shifts from 2027-01-01, one a day, spread over the three officers.
      for (let i = 0; i < 20_000; i++) {
        const officer = ['N1', 'N2', 'S1'][i % 3]!;
        const day = new Date(Date.UTC(2027, 0, 1) + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
        rows.push(`${officer},${day}T07:00,${day}T15:00,regular`);
      }
      const started = performance.now();
      const response = await upload('admin', '/api/imports/shifts', csv(...rows));
      const ms = performance.now() - started;
      expect(response.statusCode).toBe(201);
      const result = response.json() as { imported: { records: number }; firstId: number; lastId: number };
      expect(result.imported.records).toBe(20_000);
      expect(result.lastId - result.firstId).toBe(19_999);
      console.info(`[${engine}] 20,000-row shifts import: ${Math.round(ms)} ms`);
    }, 120_000);
  });

  describe('officers', () => {
    const header = 'officer_id,name,unit,rank,hire_date,prior_le_years,academy_track,timezone';

    it('refuses an unknown unit at its line and imports none of the file', async () => {
      const response = await upload(
        'admin',
        '/api/imports/officers',
        csv(header, 'N3,Ana Ruiz,north,Officer,2025-09-01,0,abbreviated,America/Chicago', 'E1,"Lee, Sam",east,Officer,2025-09-01,0,full,America/Chicago'),
      );
      expect(response.statusCode).toBe(422);
      expect(problem(response).details.issues).toEqual([
        { file: 'officers.csv', line: 3, column: 15, field: 'unit', code: 'import.bad-value', message: 'unknown unit "east"; the units are north, south' },
      ]);
      expect((await get('admin', '/api/officers/N3')).statusCode).toBe(404);
    });

    it('creates new officers, updates changed ones, leaves identical ones, and audits each change', async () => {
      const response = await upload(
        'admin',
        '/api/imports/officers',
        csv(
          header,
          'N1,Officer N1,north,Sergeant,2019-04-14,0,full,America/Chicago',
          'N2,Officer N2,north,Officer,2019-04-14,0,full,America/Chicago',
          'N3,"Ruiz, Ana",north,Officer,2025-09-01,2.5,lateral,America/Phoenix',
        ),
      );
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ imported: { officers: 3, created: 1, updated: 1, unchanged: 1 }, units: ['north'] });
      expect((await get('admin', '/api/officers/N3')).json()).toEqual({
        id: 'N3',
        name: 'Ruiz, Ana',
        unit: 'north',
        rank: 'Officer',
        hireDate: '2025-09-01',
        priorLeYears: 2.5,
        academyTrack: 'lateral',
        timeZone: 'America/Phoenix',
      });
      const n1 = (await get('admin', '/api/audit?entity=officer&entityId=N1')).json() as { items: unknown[] };
      expect(n1.items).toMatchObject([{ action: 'officer.update', actorEmail: 'admin@test.muster', before: { rank: 'Officer' }, after: { rank: 'Sergeant' } }]);
      expect(((await get('admin', '/api/audit?entity=officer&entityId=N2')).json() as { items: unknown[] }).items).toEqual([]);
      expect((await get('admin', '/api/audit?entity=officer&entityId=N3')).json()).toMatchObject({ items: [{ action: 'officer.create', after: { name: 'Ruiz, Ana' } }] });
      expect((await get('admin', '/api/audit?entity=import&entityId=officers')).json()).toMatchObject({
        items: [{ action: 'import.officers', after: { officers: 3, created: 1, updated: 1, unchanged: 1, firstId: 'N1', lastId: 'N3', units: ['north'] } }],
      });
    });

    it('is for admin only', async () => {
      for (const role of ['officer', 'supervisor', 'training', 'leadership', 'analyst'] as const) {
        expect((await upload(role, '/api/imports/officers', csv(header))).statusCode, role).toBe(403);
      }
    });
  });

  describe('qualifications', () => {
    const text = csv('officer_id,qualification,issued,expires', 'N1,firearms,2026-01-10,2026-07-09', 'S1,pit,2025-03-13,2026-03-12', 'S1,vehicle-pursuit,2025-01-15,2027-01-14');

    it('adds the grants for training, and adds nothing when the same file comes again', async () => {
      const first = await upload('training', '/api/imports/qualifications', text);
      expect(first.statusCode).toBe(201);
      expect(first.json()).toEqual({ imported: { qualifications: 3, created: 3, alreadyHeld: 0 }, officers: 2 });
      expect((await get('training', '/api/officers/S1/qualifications')).json()).toMatchObject({
        items: [
          { qualificationId: 'pit', issued: '2025-03-13', expires: '2026-03-12' },
          { qualificationId: 'vehicle-pursuit', issued: '2025-01-15', expires: '2027-01-14' },
        ],
      });
      expect((await upload('admin', '/api/imports/qualifications', text)).json()).toEqual({ imported: { qualifications: 3, created: 0, alreadyHeld: 3 }, officers: 2 });
      const audit = (await get('admin', '/api/audit?entity=import&entityId=qualifications')).json() as { items: { actorEmail: string; after: object }[] };
      expect(audit.items.map((e) => [e.actorEmail, e.after])).toMatchObject([
        ['admin@test.muster', { qualifications: 3, created: 0, alreadyHeld: 3, firstId: null, lastId: null }],
        ['training@test.muster', { qualifications: 3, created: 3, alreadyHeld: 0 }],
      ]);
    });

    it('refuses an unknown officer and an expiry before issue, by line', async () => {
      const response = await upload(
        'training',
        '/api/imports/qualifications',
        csv('officer_id,qualification,issued,expires', 'Q9,firearms,2026-01-10,2026-07-09', 'N2,firearms,2026-01-10,2025-07-09'),
      );
      expect(problem(response).details.issues.map((i) => [i.line, i.field, i.code])).toEqual([
        [2, 'officer_id', 'import.unknown-officer'],
        [3, 'expires', 'import.end-not-after-start'],
      ]);
      expect((await get('training', '/api/officers/N2/qualifications')).json()).toEqual({ items: [] });
    });

    it('is for training and admin only', async () => {
      for (const role of ['officer', 'supervisor', 'leadership', 'analyst'] as const) {
        expect((await upload(role, '/api/imports/qualifications', text)).statusCode, role).toBe(403);
      }
    });
  });
});
