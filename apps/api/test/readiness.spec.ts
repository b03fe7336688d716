import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@muster/services';
import { readIsoDate } from '@muster/kernel';
import { ENGINES } from './engines.ts';
import { type TestApp, testApp } from './test-app.ts';

interface Cell {
  status: string;
  issued: string | null;
  expires: string | null;
  daysLeft: number | null;
  due: boolean;
}
interface Matrix {
  at: string;
  unit: string | null;
  before: string | null;
  units: { id: string }[];
  qualifications: { id: string; warningDays: number }[];
  officers: { id: string; serviceYears: number; recruit: boolean; veteran: boolean; academyTrack: string; cells: Cell[] }[];
  counts: { qualificationId: string; valid: number; expiring: number; expired: number; missing: number }[];
  total: number;
  limit: number;
  offset: number;
}

const day = (text: string): number => readIsoDate(text) as number;
const grant = (officerId: string, qualificationId: string, issued: string, expires: string) => ({ officerId, qualificationId, issued: day(issued), expires: day(expires) });

// The test clock stands at 2026-03-10T12:00Z: 07:00 on Tuesday 10 March in Chicago, every officer's zone.
describe.each(ENGINES)('the readiness matrix (%s)', (engine) => {
  let t: TestApp;
  const get = async (role: Role, url: string) => t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${await t.token(role)}` } });
  const matrix = async (role: Role, query = ''): Promise<Matrix> => {
    const response = await get(role, `/api/readiness${query}`);
    expect(response.statusCode).toBe(200);
    return response.json() as Matrix;
  };
  const cellOf = (m: Matrix, officerId: string, qualificationId: string): Cell => {
    const c = m.qualifications.findIndex((q) => q.id === qualificationId);
    return m.officers.find((o) => o.id === officerId)!.cells[c]!;
  };

  beforeAll(async () => {
    t = await testApp(engine);
    // N3: hired 1 December 2025 from the full academy — a recruit (under a year here), not a veteran.
    await t.ctx.store.officers.upsertMany([
      { id: 'N3', name: 'Officer N3', unit: 'north', rank: 'Officer', hireDate: day('2025-12-01'), priorLeYears: 0, academyTrack: 'full', timeZone: 'America/Chicago' },
    ]);
    await t.ctx.store.qualifications.insertMany([
      grant('N1', 'firearms', '2025-10-21', '2026-04-20'), // 41 days left, warning 30: valid
      grant('N1', 'pit', '2025-04-21', '2026-04-20'), // 41 days left, warning 45: expiring
      grant('N1', 'first-aid', '2024-03-10', '2026-03-09'), // ended yesterday: expired
      grant('N2', 'firearms', '2025-04-01', '2025-09-30'), // lapsed, then renewed:
      grant('N2', 'firearms', '2026-03-01', '2026-08-31'), // the renewal is what counts: 174 days, valid
      grant('N2', 'defensive-tactics', '2025-03-11', '2026-03-10'), // its last valid day is today: expiring, 0 days
      grant('S1', 'firearms', '2026-01-01', '2026-06-30'),
      grant('S1', 'fto-signoff', '2020-01-01', '2119-12-31'), // no warning window
    ]);
  }, 60_000);
  afterAll(async () => t.close());

  it('gives each officer × qualification a status from the catalogue’s warning window, with days left', async () => {
    const m = await matrix('training');
    expect(m.at).toBe('2026-03-10T12:00:00.000Z');
    expect(m.qualifications.map((q) => q.id)).toEqual([
      'firearms',
      'defensive-tactics',
      'vehicle-pursuit',
      'pit',
      'high-risk-warrant',
      'first-aid',
      'less-lethal',
      'language-spanish',
      'fto-signoff',
    ]);
    expect(m.officers.map((o) => o.id)).toEqual(['N1', 'N2', 'N3', 'S1']);
    expect(m.officers.every((o) => o.cells.length === 9)).toBe(true);
    expect(cellOf(m, 'N1', 'firearms')).toEqual({ status: 'valid', issued: '2025-10-21', expires: '2026-04-20', daysLeft: 41, due: false });
    expect(cellOf(m, 'N1', 'pit')).toMatchObject({ status: 'expiring', daysLeft: 41 });
    expect(cellOf(m, 'N1', 'first-aid')).toMatchObject({ status: 'expired', daysLeft: -1 });
    expect(cellOf(m, 'N1', 'less-lethal')).toEqual({ status: 'missing', issued: null, expires: null, daysLeft: null, due: false });
    expect(cellOf(m, 'N2', 'firearms')).toMatchObject({ status: 'valid', issued: '2026-03-01', expires: '2026-08-31', daysLeft: 174 });
    expect(cellOf(m, 'N2', 'defensive-tactics')).toMatchObject({ status: 'expiring', daysLeft: 0 });
    expect(cellOf(m, 'S1', 'fto-signoff')).toMatchObject({ status: 'valid', daysLeft: 34_263 });
    expect(m.total).toBe(4);
  });

  it('counts each qualification’s statuses over the officers answered', async () => {
    const counts = Object.fromEntries((await matrix('leadership')).counts.map(({ qualificationId, ...rest }) => [qualificationId, rest]));
    expect(counts['firearms']).toEqual({ valid: 3, expiring: 0, expired: 0, missing: 1 });
    expect(counts['pit']).toEqual({ valid: 0, expiring: 1, expired: 0, missing: 3 });
    expect(counts['first-aid']).toEqual({ valid: 0, expiring: 0, expired: 1, missing: 3 });
    expect(counts['defensive-tactics']).toEqual({ valid: 0, expiring: 1, expired: 0, missing: 3 });
    expect(counts['less-lethal']).toEqual({ valid: 0, expiring: 0, expired: 0, missing: 4 });
  });

  it('tells recruits and veterans apart by the staffing team rules', async () => {
    const m = await matrix('admin', '?unit=north');
    const n3 = m.officers.find((o) => o.id === 'N3')!;
    expect([n3.serviceYears, n3.recruit, n3.veteran]).toEqual([0.3, true, false]);
    // Hired on day 18,000 (14 April 2019): 6.9 years here.
    const n1 = m.officers.find((o) => o.id === 'N1')!;
    expect([n1.serviceYears, n1.recruit, n1.veteran]).toEqual([6.9, false, true]);
  });

  it('keeps to officers who must requalify before a day: an expiry before it, or already expired', async () => {
    // 20 April: N1's first aid has expired; N2's defensive tactics ends on 10 March. N1's firearms and
    // PIT end on 20 April itself, valid through that day, so they are not due.
    const april20 = await matrix('training', '?before=2026-04-20');
    expect(april20.officers.map((o) => o.id)).toEqual(['N1', 'N2']);
    expect(april20.before).toBe('2026-04-20');
    expect(cellOf(april20, 'N1', 'firearms').due).toBe(false);
    expect(cellOf(april20, 'N1', 'first-aid').due).toBe(true);
    expect(cellOf(april20, 'N2', 'defensive-tactics').due).toBe(true);
    expect(april20.counts.find((c) => c.qualificationId === 'firearms')).toEqual({ qualificationId: 'firearms', valid: 2, expiring: 0, expired: 0, missing: 0 });
    // A day later, N1's firearms and PIT are due too.
    const april21 = await matrix('training', '?before=2026-04-21');
    expect(april21.officers.map((o) => o.id)).toEqual(['N1', 'N2']);
    expect(april21.officers[0]!.cells.filter((c) => c.due)).toHaveLength(3);
    // Today: only the expired first aid; N2's lapsed firearms grant was renewed and does not count.
    expect((await matrix('training', '?before=2026-03-10')).officers.map((o) => o.id)).toEqual(['N1']);
    // Far ahead, everyone holding anything is due; N3 holds nothing, so never is.
    expect((await matrix('training', '?before=2200-01-01')).total).toBe(3);
  });

  it('pages the officers and counts every page', async () => {
    const m = await matrix('training', '?limit=2&offset=1');
    expect(m.officers.map((o) => o.id)).toEqual(['N2', 'N3']);
    expect([m.total, m.limit, m.offset]).toEqual([4, 2, 1]);
    expect(m.counts.find((c) => c.qualificationId === 'firearms')!.valid).toBe(3);
  });

  it('shows training, leadership and admin every unit, a supervisor their own, officers and analysts none', async () => {
    expect((await matrix('supervisor')).officers.map((o) => o.id)).toEqual(['N1', 'N2', 'N3']);
    expect((await matrix('supervisor')).units.map((u) => u.id)).toEqual(['north']);
    expect((await matrix('supervisor', '?unit=north')).total).toBe(3);
    const other = await get('supervisor', '/api/readiness?unit=south');
    expect(other.statusCode).toBe(403);
    expect((other.json() as { code: string }).code).toBe('access.forbidden');
    expect((await matrix('training', '?unit=south')).officers.map((o) => o.id)).toEqual(['S1']);
    expect((await matrix('training')).units.map((u) => u.id)).toEqual(['north', 'south']);
    expect((await matrix('leadership', '?unit=south')).total).toBe(1);
    for (const role of ['officer', 'analyst'] as const) {
      const refused = await get(role, '/api/readiness');
      expect(refused.statusCode).toBe(403);
      expect((refused.json() as { code: string }).code).toBe('access.forbidden');
      expect((await get(role, '/api/readiness.csv')).statusCode).toBe(403);
    }
    expect((await get('admin', '/api/readiness?unit=nowhere')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/readiness' })).statusCode).toBe(401);
  });

  it('refuses a before day that is not a date', async () => {
    for (const bad of ['2026-02-30', 'tomorrow']) {
      const response = await get('training', `/api/readiness?before=${bad}`);
      expect(response.statusCode).toBe(400);
      expect((response.json() as { code: string }).code).toBe('request.invalid');
    }
  });

  it('downloads the same matrix as CSV, one line per officer, with what is due', async () => {
    const response = await get('training', '/api/readiness.csv?unit=north&before=2026-04-21');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="readiness-north-before-2026-04-21.csv"');
    const lines = response.body.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const header = lines[0]!.split(',');
    expect(header.slice(0, 8)).toEqual(['officer_id', 'name', 'unit', 'rank', 'academy_track', 'service_years', 'recruit', 'veteran']);
    expect(header).toHaveLength(8 + 9 * 3 + 1);
    const n1 = Object.fromEntries(lines[1]!.split(',').map((value, i) => [header[i]!, value]));
    expect(n1).toMatchObject({ officer_id: 'N1', 'firearms status': 'valid', 'firearms expires': '2026-04-20', 'firearms days left': '41', 'first-aid status': 'expired' });
    expect(n1['requalify before 2026-04-21']).toBe('firearms pit first-aid');
    expect(n1['less-lethal expires']).toBe('');
  });

  it('is in the OpenAPI document with its schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/readiness', '/api/readiness.csv']));
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['ReadinessMatrix', 'ReadinessOfficer', 'ReadinessCell', 'ReadinessCounts', 'ReadinessStatus']));
  });

  it('reads the catalogue of the policy in force: a longer warning window turns a valid grant expiring', async () => {
    const yaml =
      'qualifications:\n  - { id: firearms, name: Firearms, validityMonths: 6, warningDays: 60 }\n  - { id: first-aid, name: First aid, validityMonths: 24, warningDays: 60 }\nroles: {}\n';
    const put = await t.app.inject({ method: 'PUT', url: '/api/policy', payload: { yaml }, headers: { authorization: `Bearer ${await t.token('admin')}` } });
    expect(put.statusCode).toBe(200);
    const m = await matrix('training', '?unit=north');
    expect(m.qualifications).toEqual([
      { id: 'firearms', name: 'Firearms', validityMonths: 6, warningDays: 60 },
      { id: 'first-aid', name: 'First aid', validityMonths: 24, warningDays: 60 },
    ]);
    expect(cellOf(m, 'N1', 'firearms')).toMatchObject({ status: 'expiring', daysLeft: 41 });
    expect(m.officers[0]!.cells).toHaveLength(2);
  });
});
