import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@muster/services';
import { type TestApp, testApp } from './test-app.ts';
import { ENGINES } from './engines.ts';

const shift = (officerId: string, day: string) => ({ officerId, start: `${day}T07:00:00-05:00`, end: `${day}T17:00:00-05:00`, kind: 'regular' });

describe.each(ENGINES)('who may see and change what (%s)', (engine) => {
  let t: TestApp;
  const get = async (role: Role, url: string) => t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${await t.token(role)}` } });
  const post = async (role: Role, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers: { authorization: `Bearer ${await t.token(role)}` } });
  const patch = async (role: Role, url: string, payload: unknown) =>
    t.app.inject({ method: 'PATCH', url, payload: payload as object, headers: { authorization: `Bearer ${await t.token(role)}` } });

  beforeAll(async () => {
    t = await testApp(engine);
  }, 60_000);
  afterAll(async () => t.close());

  it('lists to each role exactly the officers it may see', async () => {
    const ids = async (role: Role) => ((await get(role, '/api/officers')).json() as { items: { id: string }[] }).items.map((o) => o.id);
    expect(await ids('officer')).toEqual(['N1']);
    expect(await ids('supervisor')).toEqual(['N1', 'N2']);
    expect(await ids('training')).toEqual(['N1', 'N2', 'S1']);
    expect(await ids('leadership')).toEqual(['N1', 'N2', 'S1']);
    expect(await ids('admin')).toEqual(['N1', 'N2', 'S1']);
    const analyst = await get('analyst', '/api/officers');
    expect(analyst.statusCode).toBe(403);
    expect(analyst.json()).toMatchObject({ code: 'access.forbidden' });
  });

  it("refuses an officer another officer's profile, qualifications and records", async () => {
    expect((await get('officer', '/api/officers/N1')).statusCode).toBe(200);
    for (const url of ['/api/officers/N2', '/api/officers/N2/qualifications', '/api/officers/N2/duty-records?from=2026-03-01&to=2026-03-07', '/api/officers/S1']) {
      const response = await get('officer', url);
      expect(response.statusCode, url).toBe(403);
      expect(response.json()).toMatchObject({ code: 'access.forbidden' });
    }
    expect((await get('officer', '/api/officers/NOPE')).statusCode).toBe(404);
  });

  it('lets a supervisor see their unit but not another unit or its officers', async () => {
    expect((await get('supervisor', '/api/officers/N2')).statusCode).toBe(200);
    expect((await get('supervisor', '/api/officers/S1')).statusCode).toBe(403);
    expect((await get('supervisor', '/api/units/north/roster?from=2026-03-09&to=2026-03-15')).statusCode).toBe(200);
    expect((await get('supervisor', '/api/units/south/roster?from=2026-03-09&to=2026-03-15')).statusCode).toBe(403);
    expect(((await get('supervisor', '/api/units')).json() as { items: { id: string }[] }).items.map((u) => u.id)).toEqual(['north']);
  });

  it('lets training see profiles but not schedules', async () => {
    expect((await get('training', '/api/officers/S1/qualifications')).statusCode).toBe(200);
    expect((await get('training', '/api/officers/S1/duty-records?from=2026-03-01&to=2026-03-07')).statusCode).toBe(403);
    expect((await get('training', '/api/units/north/roster?from=2026-03-09&to=2026-03-15')).statusCode).toBe(403);
  });

  it('refuses a supervisor writing outside their units, and writes nothing of a mixed batch', async () => {
    const before = ((await get('admin', '/api/units/south/roster?from=2026-03-09&to=2026-03-15')).json() as { records: unknown[] }).records.length;
    const outside = await post('supervisor', '/api/duty-records', { records: [shift('N1', '2026-03-11'), shift('S1', '2026-03-11')] });
    expect(outside.statusCode).toBe(403);
    expect(outside.json()).toMatchObject({ code: 'access.forbidden', details: { role: 'supervisor' } });
    const north = (await get('supervisor', '/api/units/north/roster?from=2026-03-09&to=2026-03-15')).json() as { records: unknown[] };
    expect(north.records).toEqual([]);
    const south = (await get('admin', '/api/units/south/roster?from=2026-03-09&to=2026-03-15')).json() as { records: unknown[] };
    expect(south.records.length).toBe(before);
    for (const role of ['officer', 'training', 'leadership', 'analyst'] as const) {
      expect((await post(role, '/api/duty-records', { records: [shift('N1', '2026-03-11')] })).statusCode, role).toBe(403);
    }
  });

  it('refuses moving a record of the own unit to an officer of another unit', async () => {
    const created = await post('supervisor', '/api/duty-records', { records: [shift('N2', '2026-03-12')] });
    expect(created.statusCode).toBe(201);
    const id = (created.json() as { items: { id: number }[] }).items[0]!.id;
    expect((await patch('supervisor', `/api/duty-records/${id}`, { officerId: 'S1' })).statusCode).toBe(403);
    expect((await patch('admin', `/api/duty-records/${id}`, { officerId: 'N1' })).statusCode).toBe(200);
  });

  it('lets only leadership and admin read the audit log', async () => {
    for (const role of ['officer', 'supervisor', 'training', 'analyst'] as const) expect((await get(role, '/api/audit')).statusCode, role).toBe(403);
    expect((await get('leadership', '/api/audit')).statusCode).toBe(200);
    expect((await get('admin', '/api/audit')).statusCode).toBe(200);
  });
});
