import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instant } from '@muster/kernel';
import type { Role } from '@muster/services';
import { type TestApp, testApp } from './test-app.ts';

describe('the roster board after an edit', () => {
  let t: TestApp;
  const read: string[][] = [];
  const call = async (role: Role, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), headers: { authorization: `Bearer ${await t.token(role)}` } });
  const board = async () =>
    (await call('supervisor', 'GET', '/api/units/north/roster?from=2026-03-09&to=2026-03-15')).json() as {
      records: { id: number; officerId: string }[];
      findings: { ruleId: string; level: string; start: string; officerId: string }[];
    };
  /** The same board computed from scratch: nothing cached. */
  const fresh = async () => {
    t.ctx.boards.invalidateAll();
    return board();
  };

  beforeAll(async () => {
    t = await testApp();
    const between = t.ctx.store.duty.between.bind(t.ctx.store.duty);
    t.ctx.store.duty.between = async (ids, ...rest) => {
      read.push([...ids]);
      return between(ids, ...rest);
    };
    await call('supervisor', 'POST', '/api/duty-records', {
      records: [
        { officerId: 'N1', start: '2026-03-10T07:00:00-05:00', end: '2026-03-10T17:00:00-05:00', kind: 'regular' },
        { officerId: 'N1', start: '2026-03-11T07:00:00-05:00', end: '2026-03-11T17:00:00-05:00', kind: 'regular' },
        { officerId: 'N2', start: '2026-03-10T21:00:00-05:00', end: '2026-03-11T07:00:00-05:00', kind: 'regular' },
        { officerId: 'N2', start: '2026-03-11T21:00:00-05:00', end: '2026-03-12T07:00:00-05:00', kind: 'regular' },
      ],
    });
  }, 60_000);
  afterAll(async () => t.close());

  it('checks only the edited officer again, and shows what a check from scratch shows', async () => {
    await board();
    const n1 = (await board()).records.find((r) => r.officerId === 'N1')!;
    read.length = 0;
    // 17:00 to 01:00: 8 h of rest, a block finding for N1 alone.
    await call('supervisor', 'PATCH', `/api/duty-records/${n1.id + 1}`, { start: '2026-03-11T01:00:00-05:00', end: '2026-03-11T09:00:00-05:00' });
    const incremental = await board();
    expect(read).toEqual([['N1']]);
    expect(incremental.findings.some((f) => f.officerId === 'N1' && f.ruleId === 'rest.min-between-duties' && f.level === 'block')).toBe(true);
    expect(incremental).toEqual(await fresh());
  });

  it('marks an override in place without checking anyone else again', async () => {
    await board();
    const block = (await board()).findings.find((f) => f.level === 'block')!;
    read.length = 0;
    const made = await call('supervisor', 'POST', '/api/overrides', {
      officerId: block.officerId,
      ruleId: block.ruleId,
      findingStart: block.start,
      reason: 'Court set the time',
      expiresAt: '2026-03-20T00:00:00Z',
    });
    expect(made.statusCode).toBe(201);
    const incremental = await board();
    expect(read.filter((ids) => ids.length > 1)).toEqual([]);
    expect(incremental).toEqual(await fresh());
  });

  it('checks every officer again after a reassignment moves a record between two officers', async () => {
    const n2 = (await board()).records.find((r) => r.officerId === 'N2')!;
    read.length = 0;
    await call('supervisor', 'PATCH', `/api/duty-records/${n2.id}`, { officerId: 'N1' });
    const incremental = await board();
    expect(read.flat().sort()).toEqual(['N1', 'N2']);
    expect(incremental.records.find((r) => r.id === n2.id)!.officerId).toBe('N1');
    expect(incremental).toEqual(await fresh());
  });

  it("answers only the named officers' rows, the same rows as the whole board, without checking the others", async () => {
    type Board = { officers: { id: string }[]; records: { officerId: string }[]; findings: { officerId: string }[]; summary: { block: number; warn: number } };
    const whole = (await board()) as unknown as Board;
    await fresh();
    read.length = 0;
    const rows = await call('supervisor', 'GET', '/api/units/north/roster?from=2026-03-09&to=2026-03-15&officers=N2');
    expect(rows.statusCode).toBe(200);
    const part = rows.json() as Board;
    expect(part.officers.map((o) => o.id)).toEqual(['N2']);
    expect(part.records).toEqual(whole.records.filter((r) => r.officerId === 'N2'));
    expect(part.findings).toEqual(whole.findings.filter((f) => f.officerId === 'N2'));
    expect(read).toEqual([]);
    expect(rows.headers['etag']).not.toBe((await call('supervisor', 'GET', '/api/units/north/roster?from=2026-03-09&to=2026-03-15')).headers['etag']);
    const again = await call('supervisor', 'GET', '/api/units/north/roster?from=2026-03-09&to=2026-03-15&officers=N2');
    expect(again.headers['etag']).toBe(rows.headers['etag']);
    const other = await call('supervisor', 'GET', '/api/units/north/roster?from=2026-03-09&to=2026-03-15&officers=N1,N2,nobody');
    expect((other.json() as Board).officers.map((o) => o.id).sort()).toEqual(['N1', 'N2']);
    expect((await call('supervisor', 'GET', '/api/units/north/roster?from=2026-03-09&to=2026-03-15&officers=,')).statusCode).toBe(400);
  });

  it('stops showing an override as active once it expires, though nothing was written', async () => {
    type Board = { findings: { ruleId: string; level: string; start: string; officerId: string; overrideId?: number }[]; summary: { overridden: number } };
    // 17 h on the 14th: a block of duty.max-length for N2.
    const long = await call('supervisor', 'POST', '/api/duty-records', {
      records: [{ officerId: 'N2', start: '2026-03-14T06:00:00-05:00', end: '2026-03-14T23:00:00-05:00', kind: 'regular' }],
    });
    expect(long.statusCode, long.body).toBe(201);
    const before = (await board()) as unknown as Board;
    const block = before.findings.find((f) => f.level === 'block' && f.overrideId === undefined && f.ruleId === 'duty.max-length')!;
    // Tokens are read at the test clock; the override lasts one hour from it.
    const expiresAt = new Date(t.clock.at + 3_600_000).toISOString();
    const made = await call('supervisor', 'POST', '/api/overrides', {
      officerId: block.officerId,
      ruleId: block.ruleId,
      findingStart: block.start,
      reason: 'Court set the time',
      expiresAt,
    });
    expect(made.statusCode, made.body).toBe(201);
    const covered = (await board()) as unknown as Board;
    expect(covered.findings.find((f) => f.start === block.start && f.ruleId === block.ruleId)!.overrideId).toBe((made.json() as { id: number }).id);
    const etag = (await call('supervisor', 'GET', '/api/units/north/roster?from=2026-03-09&to=2026-03-15')).headers['etag'];
    const at = t.clock.at;
    try {
      t.clock.at = instant(at + 3_600_000);
      const expired = (await board()) as unknown as Board;
      expect(expired.findings.find((f) => f.start === block.start && f.ruleId === block.ruleId)!.overrideId).toBeUndefined();
      expect(expired.summary.overridden).toBe(covered.summary.overridden - 1);
      expect((await call('supervisor', 'GET', '/api/units/north/roster?from=2026-03-09&to=2026-03-15')).headers['etag']).not.toBe(etag);
      expect(expired).toEqual(await fresh());
    } finally {
      t.clock.at = instant(at);
    }
  });
});
