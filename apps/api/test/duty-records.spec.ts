import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@muster/services';
import { type TestApp, testApp } from './test-app.ts';
import { ENGINES } from './engines.ts';

interface Board {
  records: { id: number; officerId: string; start: string; status: string }[];
  findings: { ruleId: string; level: string; officerId: string; message: string; measured: number; limit: number }[];
  summary: { block: number; warn: number };
}

describe.each(ENGINES)('duty records, the board and the audit log (%s)', (engine) => {
  let t: TestApp;
  const call = async (role: Role, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), headers: { authorization: `Bearer ${await t.token(role)}` } });
  const board = async (): Promise<Board> => (await call('supervisor', 'GET', '/api/units/north/roster?from=2026-03-09&to=2026-03-15')).json() as Board;

  beforeAll(async () => {
    t = await testApp(engine);
  }, 60_000);
  afterAll(async () => t.close());

  it('shows a new record on the board at once, with the block finding it causes and why', async () => {
    const created = await call('supervisor', 'POST', '/api/duty-records', {
      records: [
        { officerId: 'N1', start: '2026-03-10T07:00:00-05:00', end: '2026-03-10T17:00:00-05:00', kind: 'regular', status: 'published' },
        { officerId: 'N1', start: '2026-03-11T01:00:00-05:00', end: '2026-03-11T09:00:00-05:00', kind: 'overtime' },
      ],
    });
    expect(created.statusCode).toBe(201);
    const items = (created.json() as { items: { status: string }[] }).items;
    expect(items.map((r) => r.status)).toEqual(['published', 'draft']);
    const view = await board();
    expect(view.records.map((r) => r.officerId)).toEqual(['N1', 'N1']);
    const rest = view.findings.find((f) => f.ruleId === 'rest.min-between-duties');
    expect(rest).toMatchObject({ level: 'block', officerId: 'N1', measured: 8, limit: 10 });
    expect(rest!.message).toContain('8 h');
    expect(view.summary.block).toBeGreaterThanOrEqual(1);
  });

  it('re-checks after a move: 11 h of rest is a warning, no longer a block', async () => {
    const second = (await board()).records[1]!;
    const moved = await call('supervisor', 'PATCH', `/api/duty-records/${second.id}`, { start: '2026-03-11T04:00:00-05:00', end: '2026-03-11T12:00:00-05:00' });
    expect(moved.statusCode).toBe(200);
    const view = await board();
    expect(view.findings.filter((f) => f.ruleId === 'rest.min-between-duties').map((f) => f.level)).toEqual(['warn']);
  });

  it('cancels instead of deleting: the record leaves the board but stays in the audit log with before and after', async () => {
    const first = (await board()).records[0]!;
    const cancelled = await call('supervisor', 'PATCH', `/api/duty-records/${first.id}`, { status: 'cancelled' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect((await board()).records.map((r) => r.id)).not.toContain(first.id);
    const audit = (await call('admin', 'GET', `/api/audit?entity=duty-record&entityId=${first.id}`)).json() as {
      items: { action: string; actorEmail: string; before?: { status: string }; after?: { status: string } }[];
    };
    expect(audit.items.map((e) => e.action)).toEqual(['duty-record.cancel', 'duty-record.create']);
    expect(audit.items[0]).toMatchObject({ actorEmail: 'supervisor@test.muster', before: { status: 'published' }, after: { status: 'cancelled' } });
    const again = await call('supervisor', 'PATCH', `/api/duty-records/${first.id}`, { status: 'published' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'duty-record.not-editable' });
  });

  it('rejects a record that ends before it starts, or lasts days, as 422 with the reason', async () => {
    const backwards = await call('supervisor', 'POST', '/api/duty-records', {
      records: [{ officerId: 'N2', start: '2026-03-12T17:00:00Z', end: '2026-03-12T07:00:00Z', kind: 'regular' }],
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json()).toMatchObject({ code: 'duty-record.end-not-after-start', details: { index: 0 } });
    const long = await call('supervisor', 'POST', '/api/duty-records', {
      records: [{ officerId: 'N2', start: '2026-03-12T07:00:00Z', end: '2026-03-14T07:00:00Z', kind: 'regular' }],
    });
    expect(long.json()).toMatchObject({ code: 'duty-record.too-long', details: { hours: 48 } });
    const badKind = await call('supervisor', 'POST', '/api/duty-records', {
      records: [{ officerId: 'N2', start: '2026-03-12T07:00:00Z', end: '2026-03-12T09:00:00Z', kind: 'nap' }],
    });
    expect(badKind.statusCode).toBe(400);
    const noOffset = await call('supervisor', 'POST', '/api/duty-records', {
      records: [{ officerId: 'N2', start: '2026-03-12T07:00:00', end: '2026-03-12T09:00:00Z', kind: 'regular' }],
    });
    expect(noOffset.statusCode).toBe(400);
  });

  it('serves the board gzipped when asked, answers 304 to its entity tag, and a write changes the tag', async () => {
    const url = '/api/units/north/roster?from=2026-03-09&to=2026-03-15';
    const plain = await call('supervisor', 'GET', url);
    const etag = plain.headers['etag'] as string;
    expect(etag).toMatch(/^".+"$/);
    const headers = { authorization: `Bearer ${await t.token('supervisor')}` };
    const zipped = await t.app.inject({ method: 'GET', url, headers: { ...headers, 'accept-encoding': 'gzip, deflate' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    const unchanged = await t.app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': etag } });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');
    await call('supervisor', 'POST', '/api/duty-records', { records: [{ officerId: 'N2', start: '2026-03-14T07:00:00Z', end: '2026-03-14T15:00:00Z', kind: 'training' }] });
    const changed = await t.app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers['etag']).not.toBe(etag);
  });

  it('publishes the drafts of a range (only there, only a supervisor of the unit), audited', async () => {
    await call('supervisor', 'POST', '/api/duty-records', {
      records: [
        { officerId: 'N2', start: '2026-03-20T07:00:00-05:00', end: '2026-03-20T15:00:00-05:00', kind: 'regular' },
        { officerId: 'N2', start: '2026-03-27T07:00:00-05:00', end: '2026-03-27T15:00:00-05:00', kind: 'regular' },
      ],
    });
    expect((await call('officer', 'POST', '/api/units/north/publish', { from: '2026-03-16', to: '2026-03-22' })).statusCode).toBe(403);
    const published = await call('supervisor', 'POST', '/api/units/north/publish', { from: '2026-03-16', to: '2026-03-22' });
    expect(published.statusCode).toBe(200);
    const body = published.json() as { published: number; items: { start: string; status: string }[] };
    expect(body.published).toBe(1);
    expect(body.items[0]).toMatchObject({ start: '2026-03-20T12:00:00.000Z', status: 'published' });
    const later = (await call('supervisor', 'GET', '/api/officers/N2/duty-records?from=2026-03-27&to=2026-03-27')).json() as { items: { status: string }[] };
    expect(later.items.map((r) => r.status)).toEqual(['draft']);
    const audit = (await call('admin', 'GET', '/api/audit?entity=duty-record')).json() as { items: { action: string }[] };
    expect(audit.items[0]!.action).toBe('duty-record.publish');
  });

  it('validates the board range', async () => {
    const swapped = await call('supervisor', 'GET', '/api/units/north/roster?from=2026-03-15&to=2026-03-09');
    expect(swapped.statusCode).toBe(400);
    expect((swapped.json() as { detail: string }).detail).toContain('before');
    expect((await call('supervisor', 'GET', '/api/units/north/roster?from=2026-02-30&to=2026-03-09')).statusCode).toBe(400);
    expect((await call('admin', 'GET', '/api/units/nowhere/roster?from=2026-03-09&to=2026-03-09')).statusCode).toBe(404);
  });
});
