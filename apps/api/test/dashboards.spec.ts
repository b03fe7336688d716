import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instant } from '@muster/kernel';
import type { Role } from '@muster/services';
import { ENGINES } from './engines.ts';
import { type TestApp, testApp } from './test-app.ts';

interface Dashboards {
  scope: { units: number; officers: number };
  weeks: { start: string; end: string; days: number }[];
  overtime: {
    metric: { id: string; version: number; definition: string };
    officers: number;
    totalHours: number;
    medianHours: number;
    maxHours: number;
    topDecile: { officers: number; share: number };
    bins: { fromHours: number; toHours: number; officers: number }[];
  };
  fatigue: { metric: { id: string; version: number }; kssLevel: number; weeks: { dutyHours: number; share: number | null }[] };
  exceedances: { metric: { id: string }; weeks: { warn: number; block: number; overridesGranted: number; byRule: { ruleId: string; warn: number; block: number }[] }[] };
  coverage: {
    metric: { id: string };
    unitsWithSettings: number;
    unitsWithoutSettings: number;
    days: { day: string; required: number; covered: number; gap: number; gapHours: number }[];
    total: { gap: number; gapHours: number };
  };
}

// Two weeks before and around T0 (Tuesday 10 March 2026), in Chicago: 2–8 and 9–15 March.
const RANGE = 'from=2026-03-02&to=2026-03-15';

describe.each(ENGINES)('the leadership dashboards (%s)', (engine) => {
  let t: TestApp;
  const call = async (role: Role, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), headers: { authorization: `Bearer ${await t.token(role)}` } });
  const dashboards = async (role: Role = 'analyst', query = ''): Promise<Dashboards> => {
    const response = await call(role, 'GET', `/api/dashboards?${RANGE}${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Dashboards;
  };

  beforeAll(async () => {
    t = await testApp(engine);
    const records = [
      { officerId: 'N1', start: '2026-03-03T16:00:00-06:00', end: '2026-03-03T20:00:00-06:00', kind: 'overtime' },
      // 17 h through the night: duty.max-length blocks above 16 h, and the small hours are sleepy.
      { officerId: 'N1', start: '2026-03-05T13:00:00-06:00', end: '2026-03-06T06:00:00-06:00', kind: 'regular' },
      { officerId: 'N1', start: '2026-03-10T16:00:00-05:00', end: '2026-03-10T22:00:00-05:00', kind: 'overtime' },
      { officerId: 'N2', start: '2026-03-04T08:00:00-06:00', end: '2026-03-04T10:00:00-06:00', kind: 'overtime' },
      // Monday 9 March, 07:00–17:00: covers the one patrol officer the settings below ask for.
      { officerId: 'N2', start: '2026-03-09T07:00:00-05:00', end: '2026-03-09T17:00:00-05:00', kind: 'regular' },
    ];
    expect((await call('supervisor', 'POST', '/api/duty-records', { records, status: 'published' })).statusCode).toBe(201);
    const settings = {
      templates: [{ id: 'D', start: '07:00', end: '17:00', kind: 'regular' }],
      weeklyDemand: [{ template: 'D', weekday: 'monday', role: 'patrol', count: 1, requiredQualifications: [] }],
    };
    expect((await call('supervisor', 'PUT', '/api/units/north/roster-settings', settings)).statusCode).toBe(200);
    // The test agency has three officers: analysts may read groups of two or more here.
    expect((await call('admin', 'PUT', '/api/policy', { yaml: 'statistics:\n  minimumGroupSize: 2\n' })).statusCode).toBe(200);
  }, 60_000);
  afterAll(async () => t.close());

  it('is refused to officers, supervisors and training coordinators', async () => {
    for (const role of ['officer', 'supervisor', 'training'] as const) {
      const response = await call(role, 'GET', `/api/dashboards?${RANGE}`);
      expect(response.statusCode, role).toBe(403);
      expect(response.json()).toMatchObject({ code: 'access.forbidden' });
      expect((await call(role, 'GET', '/api/dashboards/scopes')).statusCode, role).toBe(403);
    }
  });

  it('gives an analyst aggregates with no officer’s id or name in them', async () => {
    const response = await call('analyst', 'GET', `/api/dashboards?${RANGE}`);
    expect(response.statusCode).toBe(200);
    const text = response.body;
    for (const id of ['N1', 'N2', 'S1']) {
      expect(text).not.toContain(`"${id}"`);
      expect(text).not.toContain(`Officer ${id}`);
    }
    expect(text).not.toMatch(/officerId|"name"/);
    const scopes = (await call('analyst', 'GET', '/api/dashboards/scopes')).json() as { offices: { name: string; units: { id: string }[] }[] };
    expect(scopes.offices).toEqual([{ name: 'Chicago', units: [expect.objectContaining({ id: 'north' }), expect.objectContaining({ id: 'south' })] }]);
  });

  it('shows the overtime distribution: bins, median, maximum and the top decile’s share, with its definition', async () => {
    const d = await dashboards('leadership');
    expect(d.overtime.metric).toMatchObject({ id: 'overtime-hours-per-officer', version: 1 });
    expect(d.overtime.metric.definition).toMatch(/overtime/);
    // N1 4 + 6 = 10 h, N2 2 h, S1 none.
    expect(d.overtime).toMatchObject({ officers: 3, totalHours: 12, medianHours: 2, maxHours: 10, topDecile: { officers: 1, share: 0.8333 } });
    expect(d.overtime.bins.map((b) => b.officers)).toEqual([1, 1, 1]);
    expect(d.weeks).toEqual([
      { start: '2026-03-02', end: '2026-03-08', days: 7 },
      { start: '2026-03-09', end: '2026-03-15', days: 7 },
    ]);
  });

  it('counts the week’s findings by rule, and the duty hours the fatigue share is of', async () => {
    const d = await dashboards('admin');
    const [week1, week2] = d.exceedances.weeks;
    expect(week1!.byRule.find((r) => r.ruleId === 'duty.max-length')).toEqual({ ruleId: 'duty.max-length', warn: 0, block: 1 });
    expect(week2!.byRule.find((r) => r.ruleId === 'duty.max-length')).toBeUndefined();
    expect(d.fatigue.metric).toMatchObject({ id: 'fatigue-exposure-share', version: 1 });
    expect(d.fatigue.kssLevel).toBe(7);
    // Week 1: 4 + 17 + 2 h; week 2: 6 + 10 h (the 2 h and 4 h overtime are apart from other duty).
    expect(d.fatigue.weeks.map((w) => w.dutyHours)).toEqual([23, 16]);
    expect(d.fatigue.weeks[0]!.share).toBeGreaterThan(0.05);
    expect(d.fatigue.weeks[1]!.share).toBe(0);
  });

  it('compares the units’ weekly demand with the records: one Monday covered, one not', async () => {
    const d = await dashboards();
    expect(d.coverage).toMatchObject({ unitsWithSettings: 1, unitsWithoutSettings: 1, total: { gap: 1, gapHours: 10 } });
    expect(d.coverage.days.filter((x) => x.required > 0)).toEqual([
      { day: '2026-03-02', required: 1, covered: 0, gap: 1, requiredHours: 10, gapHours: 10 },
      { day: '2026-03-09', required: 1, covered: 1, gap: 0, requiredHours: 10, gapHours: 0 },
    ]);
  });

  it('narrows to a unit or a field office, and names what it cannot find', async () => {
    expect((await dashboards('leadership', '&unit=south')).scope).toEqual({ office: null, unit: 'south', units: 1, officers: 1 });
    expect((await dashboards('analyst', '&office=Chicago')).scope).toMatchObject({ units: 2, officers: 3 });
    const south = await dashboards('leadership', '&unit=south');
    expect(south.overtime.totalHours).toBe(0);
    expect(south.coverage.unitsWithSettings).toBe(0);
    expect((await call('analyst', 'GET', `/api/dashboards?${RANGE}&unit=east`)).json()).toMatchObject({ code: 'resource.not-found' });
    expect((await call('analyst', 'GET', `/api/dashboards?${RANGE}&office=Boston`)).statusCode).toBe(404);
    expect((await call('analyst', 'GET', '/api/dashboards?from=2026-03-15&to=2026-03-02')).statusCode).toBe(400);
  });

  it('is computed again after a write to a unit in scope, and not before', async () => {
    const before = await dashboards();
    expect((await dashboards()).overtime.totalHours).toBe(before.overtime.totalHours);
    await call('admin', 'POST', '/api/duty-records', {
      records: [{ officerId: 'S1', start: '2026-03-12T18:00:00-05:00', end: '2026-03-12T21:00:00-05:00', kind: 'overtime' }],
      status: 'published',
    });
    const after = await dashboards();
    expect(after.overtime.totalHours).toBe(before.overtime.totalHours + 3);
    expect(after.fatigue.weeks[1]!.dutyHours).toBe(before.fatigue.weeks[1]!.dutyHours + 3);
  });

  it('stops counting a block as overridden once its override expires, though nothing was written', async () => {
    const overridden = async () => ((await dashboards('leadership')).exceedances as unknown as { total: { overridden: number } }).total.overridden;
    expect(await overridden()).toBe(0);
    const made = await call('supervisor', 'POST', '/api/overrides', {
      officerId: 'N1',
      ruleId: 'duty.max-length',
      findingStart: '2026-03-05T19:00:00.000Z',
      reason: 'Storm response, approved',
      expiresAt: new Date(t.clock.at + 3_600_000).toISOString(),
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(await overridden()).toBe(1);
    const at = t.clock.at;
    try {
      t.clock.at = instant(at + 3_600_000);
      expect(await overridden()).toBe(0);
    } finally {
      t.clock.at = instant(at);
    }
  });

  it("gives an analyst no scope smaller than the policy's minimum group, and says why", async () => {
    const refused = await call('analyst', 'GET', `/api/dashboards?${RANGE}&unit=south`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'dashboards.group-too-small', details: { officers: 1, minimumGroupSize: 2 } });
    expect(refused.body).not.toContain('S1');
    // Leadership reads every officer anyway: no minimum for them.
    expect((await call('leadership', 'GET', `/api/dashboards?${RANGE}&unit=south`)).statusCode).toBe(200);
    expect((await call('analyst', 'GET', `/api/dashboards?${RANGE}&unit=north`)).statusCode).toBe(200);
  });
});
