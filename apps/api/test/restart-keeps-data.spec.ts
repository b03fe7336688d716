import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMusterServer } from '@muster/testkit';
import { afterAll, describe, expect, it } from 'vitest';

const startServer = (dataDir: string) => startMusterServer({ MUSTER_DATA_DIR: dataDir, MUSTER_DEMO_PASSWORD: 'restart-test' });

async function signIn(url: string, email: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'restart-test' }),
  });
  expect(login.status).toBe(200);
  return ((await login.json()) as { token: string }).token;
}

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'muster-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('loads the demo once, stops cleanly on SIGTERM, and a restart keeps every write and every session', async () => {
    const first = await startServer(dataDir);
    expect(first.output()).toMatch(/Loaded the demo agency \(600 officers/);
    expect(first.output()).toContain('supervisor@demo.muster');
    const token = await signIn(first.url, 'supervisor@demo.muster');
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const me = (await (await fetch(`${first.url}/api/me`, { headers: auth })).json()) as { unitIds: string[] };
    const officers = (await (await fetch(`${first.url}/api/officers?unit=${me.unitIds[0]}&limit=1`, { headers: auth })).json()) as { items: { id: string }[] };
    const officerId = officers.items[0]!.id;
    const created = await fetch(`${first.url}/api/duty-records`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ records: [{ officerId, start: '2031-01-06T08:00:00Z', end: '2031-01-06T16:00:00Z', kind: 'court' }] }),
    });
    expect(created.status).toBe(201);
    expect(await first.stop()).toBe(0);
    expect(first.output()).toContain('stopped; all data is saved.');

    const second = await startServer(dataDir);
    try {
      expect(second.output()).not.toContain('Loaded the demo agency');
      const records = await fetch(`${second.url}/api/officers/${officerId}/duty-records?from=2031-01-05&to=2031-01-07`, { headers: auth });
      expect(records.status).toBe(200);
      expect(((await records.json()) as { items: { kind: string; start: string }[] }).items).toMatchObject([{ kind: 'court', start: '2031-01-06T08:00:00.000Z' }]);
      const admin = { authorization: `Bearer ${await signIn(second.url, 'admin@demo.muster')}` };
      const total = (await (await fetch(`${second.url}/api/officers?limit=1`, { headers: admin })).json()) as { total: number };
      expect(total.total).toBe(600);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  }, 120_000);
});
