import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@muster/services';
import { ENGINES } from './engines.ts';
import { type TestApp, testApp } from './test-app.ts';

interface Board {
  findings: { ruleId: string; level: string; start: string; overrideId?: number }[];
  summary: { block: number; warn: number; overridden: number };
}

describe.each(ENGINES)('overriding a block finding (%s)', (engine) => {
  let t: TestApp;
  let blockStart: string;
  const call = async (role: Role, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), headers: { authorization: `Bearer ${await t.token(role)}` } });
  const board = async (): Promise<Board> => (await call('supervisor', 'GET', '/api/units/north/roster?from=2026-03-09&to=2026-03-15')).json() as Board;
  const request = (extra: object = {}) => ({
    officerId: 'N2',
    ruleId: 'rest.min-between-duties',
    findingStart: blockStart,
    reason: 'Court moved the hearing to 01:00',
    expiresAt: '2026-03-20T00:00:00Z',
    ...extra,
  });

  beforeAll(async () => {
    t = await testApp(engine);
    // 17:00 to 01:00 is 8 h of rest: below the 10 h block level.
    await call('supervisor', 'POST', '/api/duty-records', {
      records: [
        { officerId: 'N2', start: '2026-03-10T07:00:00-05:00', end: '2026-03-10T17:00:00-05:00', kind: 'regular' },
        { officerId: 'N2', start: '2026-03-11T01:00:00-05:00', end: '2026-03-11T09:00:00-05:00', kind: 'court' },
      ],
    });
    blockStart = (await board()).findings.find((f) => f.level === 'block' && f.ruleId === 'rest.min-between-duties')!.start;
  }, 60_000);
  afterAll(async () => t.close());

  it('is refused to every role but a supervisor of the unit', async () => {
    for (const role of ['officer', 'training', 'leadership', 'analyst', 'admin'] as const) {
      const response = await call(role, 'POST', '/api/overrides', request());
      expect(response.statusCode, role).toBe(403);
    }
  });

  it('needs a reason, a block finding that exists, and an expiry within 90 days', async () => {
    expect((await call('supervisor', 'POST', '/api/overrides', request({ reason: '' }))).statusCode).toBe(400);
    const noFinding = await call('supervisor', 'POST', '/api/overrides', request({ ruleId: 'duty.max-length' }));
    expect(noFinding.statusCode).toBe(422);
    expect(noFinding.json()).toMatchObject({ code: 'override.no-block-finding' });
    const past = await call('supervisor', 'POST', '/api/overrides', request({ expiresAt: '2026-03-01T00:00:00Z' }));
    expect(past.json()).toMatchObject({ code: 'override.bad-expiry', status: 422 });
    expect((await call('supervisor', 'POST', '/api/overrides', request({ expiresAt: '2026-07-01T00:00:00Z' }))).json()).toMatchObject({ code: 'override.bad-expiry' });
  });

  it('marks the finding overridden on the board, counts it, and audits who and why', async () => {
    expect((await board()).summary).toMatchObject({ overridden: 0 });
    const blocksBefore = (await board()).summary.block;
    const created = await call('supervisor', 'POST', '/api/overrides', request());
    expect(created.statusCode).toBe(201);
    const override = created.json() as { id: number; approvedBy: string; reason: string };
    expect(override.reason).toBe('Court moved the hearing to 01:00');
    const after = await board();
    expect(after.summary).toMatchObject({ overridden: 1, block: blocksBefore - 1 });
    expect(after.findings.find((f) => f.overrideId === override.id)).toMatchObject({ ruleId: 'rest.min-between-duties', level: 'block' });
    const listed = (await call('leadership', 'GET', '/api/overrides?unit=north')).json() as { counts: { total: number; active: number; byRule: Record<string, number> } };
    expect(listed.counts).toEqual({ total: 1, active: 1, revoked: 0, byRule: { 'rest.min-between-duties': 1 } });
    const audit = (await call('leadership', 'GET', `/api/audit?entity=override&entityId=${override.id}`)).json() as {
      items: { action: string; actorEmail: string; after: { reason: string; measured: number } }[];
    };
    expect(audit.items).toMatchObject([{ action: 'override.create', actorEmail: 'supervisor@test.muster', after: { reason: 'Court moved the hearing to 01:00', measured: 8 } }]);
  });

  it('revokes: the finding blocks again and the override stays on record as revoked', async () => {
    const listed = (await call('supervisor', 'GET', '/api/overrides?unit=north')).json() as { items: { id: number }[] };
    const id = listed.items[0]!.id;
    const revoked = await call('supervisor', 'POST', `/api/overrides/${id}/revoke`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toHaveProperty('revokedAt');
    expect((await board()).summary.overridden).toBe(0);
    const counts = ((await call('supervisor', 'GET', '/api/overrides?unit=north')).json() as { counts: object }).counts;
    expect(counts).toMatchObject({ total: 1, active: 0, revoked: 1 });
    expect((await call('supervisor', 'GET', '/api/overrides?unit=south')).statusCode).toBe(403);
  });
});
