import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@muster/services';
import { ENGINES } from './engines.ts';
import { type TestApp, testApp } from './test-app.ts';

interface Finding {
  ruleId: string;
  level: string;
  measured: number;
  limit: number;
}

describe.each(ENGINES)('the policy, an officer’s findings and predicted fatigue (%s)', (engine) => {
  let t: TestApp;
  const call = async (role: Role, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), headers: { authorization: `Bearer ${await t.token(role)}` } });
  const restFindings = async (): Promise<Finding[]> =>
    ((await call('officer', 'GET', '/api/officers/N1/findings?from=2026-03-09&to=2026-03-15')).json() as { items: Finding[] }).items.filter(
      (f) => f.ruleId === 'rest.min-between-duties',
    );

  beforeAll(async () => {
    t = await testApp(engine);
    // Three nights in a row, then a quick return: 17:00 to 01:00 is 8 h of rest.
    const nights = ['2026-03-09', '2026-03-10', '2026-03-11'].map((day, i) => ({
      officerId: 'N1',
      start: `${day}T21:00:00-05:00`,
      end: `2026-03-${10 + i}T07:00:00-05:00`,
      kind: 'regular',
    }));
    await call('supervisor', 'POST', '/api/duty-records', {
      records: [
        ...nights,
        { officerId: 'N1', start: '2026-03-13T07:00:00-05:00', end: '2026-03-13T17:00:00-05:00', kind: 'regular' },
        { officerId: 'N1', start: '2026-03-14T01:00:00-05:00', end: '2026-03-14T09:00:00-05:00', kind: 'court' },
      ],
    });
  }, 60_000);
  afterAll(async () => t.close());

  it('shows the defaults as version 0 to any signed-in role', async () => {
    const response = await call('analyst', 'GET', '/api/policy');
    expect(response.statusCode).toBe(200);
    const doc = response.json() as { version: number; yaml: string | null; policy: { rules: Record<string, { block: number }> } };
    expect(doc.version).toBe(0);
    expect(doc.yaml).toBeNull();
    expect(doc.policy.rules['rest.min-between-duties']!.block).toBe(10);
  });

  it('refuses an invalid policy with every issue, its key and line, and changes nothing', async () => {
    const response = await call('admin', 'PUT', '/api/policy', { yaml: 'rules:\n  rest.min-between-duty:\n    block: 7\n' });
    expect(response.statusCode).toBe(422);
    const problem = response.json() as { code: string; details: { issues: { code: string; key: string; line: number }[] } };
    expect(problem.code).toBe('policy.invalid');
    expect(problem.details.issues[0]).toMatchObject({ code: 'policy.unknown-key', key: 'rules.rest.min-between-duty', line: 2 });
    expect(((await call('admin', 'GET', '/api/policy')).json() as { version: number }).version).toBe(0);
    expect((await call('supervisor', 'PUT', '/api/policy', { yaml: 'name: x\n' })).statusCode).toBe(403);
  });

  it('re-checks under a new version at once: a lower rest block level turns the block into a warning', async () => {
    expect((await restFindings()).map((f) => [f.level, f.measured, f.limit])).toEqual([['block', 8, 10]]);
    const response = await call('admin', 'PUT', '/api/policy', { yaml: 'rules:\n  rest.min-between-duties:\n    block: 7\n' });
    expect(response.statusCode).toBe(200);
    expect((response.json() as { version: number }).version).toBe(1);
    expect((await restFindings()).map((f) => [f.level, f.measured, f.limit])).toEqual([['warn', 8, 12]]);
    const audit = (await call('leadership', 'GET', '/api/audit?entity=policy')).json() as { items: { action: string; before: { version: number }; after: { version: number } }[] };
    expect(audit.items[0]).toMatchObject({ action: 'policy.update', before: { version: 0 }, after: { version: 1 } });
  });

  it('predicts fatigue for the officer: sleepier at the end of the night, with the assumed sleep', async () => {
    const response = await call('officer', 'GET', '/api/officers/N1/fatigue?from=2026-03-10&to=2026-03-11&step=15');
    expect(response.statusCode).toBe(200);
    const series = response.json() as {
      start: string;
      kss: number[];
      lapses: number[];
      duties: unknown[];
      sleep: { source: string }[];
      peak: { kss: number; at: string };
      kssWarn: number;
    };
    expect(series.start).toBe('2026-03-10T05:00:00.000Z');
    expect(series.kss).toHaveLength(2 * 24 * 4);
    expect(series.lapses).toHaveLength(2 * 24 * 4);
    expect(series.kssWarn).toBe(7);
    // The night of the 10th ends 07:00 local (12:00Z on the 11th): the peak is in its last hours.
    expect(series.peak.kss).toBeGreaterThan(6);
    const peakAt = Date.parse(series.peak.at);
    expect(peakAt).toBeGreaterThanOrEqual(Date.parse('2026-03-10T08:00:00Z'));
    expect(series.duties.length).toBeGreaterThanOrEqual(2);
    expect(series.sleep.every((s) => s.source === 'inferred')).toBe(true);
    const step7 = await call('officer', 'GET', '/api/officers/N1/fatigue?from=2026-03-10&to=2026-03-11&step=7');
    expect(step7.statusCode).toBe(400);
  });

  it('counts duty hours in the windows ending at a time, overlaps once, beside the policy levels', async () => {
    // At 2026-03-14 12:00Z: the court record (06:00-14:00Z) counts 6 h; the day shift of the 13th 10 h.
    const response = await call('officer', 'GET', '/api/officers/N1/hours?at=2026-03-14T12:00:00Z');
    expect(response.statusCode).toBe(200);
    const { measures } = response.json() as { measures: { id: string; hours: number; warn: number | null; block: number | null }[] };
    const byId = Object.fromEntries(measures.map((m) => [m.id, m]));
    expect(byId['hours.48h']).toMatchObject({ hours: 16, warn: 30, block: null });
    expect(byId['hours.7d']).toMatchObject({ hours: 46, warn: 60, block: 72 });
    expect(byId['hours.28d']).toMatchObject({ hours: 46, warn: 171 });
    expect(byId['overtime.month']).toMatchObject({ hours: 0, warn: 80, block: 96 });
    expect((await call('officer', 'GET', '/api/officers/N2/hours')).statusCode).toBe(403);
  });

  it("keeps an officer's findings and fatigue to themselves and those above them", async () => {
    expect((await call('officer', 'GET', '/api/officers/N2/fatigue?from=2026-03-10&to=2026-03-11')).statusCode).toBe(403);
    expect((await call('officer', 'GET', '/api/officers/N2/findings?from=2026-03-10&to=2026-03-11')).statusCode).toBe(403);
    expect((await call('training', 'GET', '/api/officers/N1/fatigue?from=2026-03-10&to=2026-03-11')).statusCode).toBe(403);
    expect((await call('supervisor', 'GET', '/api/officers/N1/fatigue?from=2026-03-10&to=2026-03-11')).statusCode).toBe(200);
  });
});
