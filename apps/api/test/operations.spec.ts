import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@muster/services';
import { ENGINES } from './engines.ts';
import { type TestApp, testApp } from './test-app.ts';

interface OperationBody {
  id: string;
  unitId: string | null;
}

const surge = (extra: object = {}) => ({
  name: 'Fugitive surge, West Side',
  unitId: 'north',
  start: '2026-03-14T06:00:00-05:00',
  end: '2026-03-14T14:00:00-05:00',
  riskTier: 'elevated',
  roles: [
    { role: 'team-lead', count: 1, lead: true },
    { role: 'driver', count: 2, driving: true },
    { role: 'interpreter', count: 1, requiredQualifications: ['language-spanish'] },
  ],
  ...extra,
});

describe.each(ENGINES)('operations (%s)', (engine) => {
  let t: TestApp;
  const create = async (role: Role, body: object) => t.call(role, 'POST', '/api/operations', body);
  const ids = async (role: Role): Promise<string[]> => ((await t.call(role, 'GET', '/api/operations')).json() as { items: OperationBody[] }).items.map((o) => o.id);

  beforeAll(async () => {
    t = await testApp(engine);
  }, 60_000);
  afterAll(async () => t?.close());

  it('creates an operation with a generated id, its roles as given, the unit’s zone, and audits it', async () => {
    const response = await create('supervisor', surge());
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json() as OperationBody & Record<string, unknown>;
    expect(created.id).toMatch(/^OP-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(created).toEqual({
      id: created.id,
      name: 'Fugitive surge, West Side',
      unitId: 'north',
      start: '2026-03-14T11:00:00.000Z',
      end: '2026-03-14T19:00:00.000Z',
      riskTier: 'elevated',
      timeZone: 'America/Chicago',
      roles: [
        { role: 'team-lead', count: 1, requiredQualifications: [], lead: true },
        { role: 'driver', count: 2, requiredQualifications: [], driving: true },
        { role: 'interpreter', count: 1, requiredQualifications: ['language-spanish'] },
      ],
    });
    expect((await t.call('supervisor', 'GET', `/api/operations/${created.id}`)).json()).toEqual(created);
    const audit = (await t.call('admin', 'GET', `/api/audit?entity=operation&entityId=${created.id}`)).json() as {
      items: { action: string; actorEmail: string; after: unknown }[];
    };
    expect(audit.items).toEqual([expect.objectContaining({ action: 'operation.create', actorEmail: 'supervisor@test.muster', after: created })]);
  });

  it('keeps a given id, and refuses it a second time with 409', async () => {
    expect((await create('admin', surge({ id: 'OP-SOUTH-1', unitId: 'south' }))).statusCode).toBe(201);
    const again = await create('admin', surge({ id: 'OP-SOUTH-1', unitId: 'south' }));
    expect(again.json()).toMatchObject({ status: 409, code: 'operation.duplicate-id', details: { id: 'OP-SOUTH-1' } });
  });

  it('refuses malformed bodies with 400, naming the field', async () => {
    const cases: [object, string][] = [
      [surge({ roles: [] }), 'body/roles'],
      [surge({ roles: [{ role: 'driver', count: 0 }] }), 'body/roles/0/count'],
      [surge({ start: '2026-03-14T06:00:00' }), 'body/start'],
      [surge({ riskTier: 'extreme' }), 'body/riskTier'],
      [
        surge({
          roles: [
            { role: 'driver', count: 1 },
            { role: 'driver', count: 1 },
          ],
        }),
        'body/roles',
      ],
    ];
    for (const [body, where] of cases) {
      const response = await create('supervisor', body);
      expect(response.statusCode, where).toBe(400);
      expect((response.json() as { details: { issues: { where: string }[] } }).details.issues.map((i) => i.where)).toContain(where);
    }
  });

  it('refuses with 422 what the policy in force cannot staff, with the reason', async () => {
    const backwards = await create('supervisor', surge({ end: '2026-03-14T05:00:00-05:00' }));
    expect(backwards.json()).toMatchObject({
      status: 422,
      code: 'operation.end-not-after-start',
      detail: 'An operation must end after it starts (start 2026-03-14T11:00:00.000Z, end 2026-03-14T10:00:00.000Z).',
    });
    const long = await create('supervisor', surge({ end: '2026-03-16T06:00:00-05:00' }));
    expect(long.json()).toMatchObject({ status: 422, code: 'operation.too-long', details: { hours: 48 } });
    const unknownQualification = await create('supervisor', surge({ roles: [{ role: 'driver', count: 1, requiredQualifications: ['pit-maneuver'] }] }));
    expect(unknownQualification.json()).toMatchObject({ status: 422, code: 'operation.unknown-qualification', details: { qualifications: ['pit-maneuver'] } });
    expect((unknownQualification.json() as { detail: string }).detail).toContain('Maybe one of: firearms, defensive-tactics, vehicle-pursuit, pit,');
    const unknownRole = await create('supervisor', surge({ roles: [{ role: 'observer', count: 1 }] }));
    expect(unknownRole.json()).toMatchObject({ status: 422, code: 'operation.unknown-role', details: { roles: ['observer'] } });
    // Declaring the role's qualifications, even none, makes it staffable.
    expect((await create('supervisor', surge({ roles: [{ role: 'observer', count: 1, requiredQualifications: [] }] }))).statusCode).toBe(201);
  });

  it('lets only a supervisor of the unit or an admin create, and only an admin agency-wide', async () => {
    for (const role of ['officer', 'training', 'leadership', 'analyst'] as const) expect((await create(role, surge())).statusCode, role).toBe(403);
    expect((await create('supervisor', surge({ unitId: 'south' }))).json()).toMatchObject({ status: 403, code: 'access.forbidden' });
    expect((await create('supervisor', surge({ unitId: null }))).statusCode).toBe(403);
    expect((await create('admin', surge({ unitId: 'nowhere' }))).json()).toMatchObject({ status: 404, code: 'resource.not-found', details: { entity: 'unit' } });
    const agencyWide = await create('admin', surge({ id: 'OP-AGENCY', unitId: null }));
    // No unit: its times are shown in the policy's zone (the default policy's is UTC).
    expect(agencyWide.json()).toMatchObject({ id: 'OP-AGENCY', unitId: null, timeZone: 'UTC' });
  });

  it('lists operations by role: all, a supervisor’s units and agency-wide ones, an officer’s own, none for analysts', async () => {
    const all = await ids('admin');
    expect(all).toHaveLength(4);
    expect(await ids('leadership')).toEqual(all);
    expect(await ids('training')).toEqual(all);
    expect(await ids('supervisor')).toEqual(all.filter((id) => id !== 'OP-SOUTH-1'));
    expect(await ids('officer')).toEqual([]);
    expect((await t.call('analyst', 'GET', '/api/operations')).json()).toMatchObject({ status: 403, code: 'access.forbidden' });
    expect((await t.call('supervisor', 'GET', '/api/operations/OP-SOUTH-1')).statusCode).toBe(403);
    expect((await t.call('officer', 'GET', '/api/operations/OP-AGENCY')).statusCode).toBe(403);
    expect((await t.call('supervisor', 'GET', '/api/operations/OP-AGENCY')).statusCode).toBe(200);
    expect((await t.call('supervisor', 'GET', '/api/operations/OP-NONE')).statusCode).toBe(404);
  });
});
