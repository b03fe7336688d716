import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@muster/services';
import { ENGINES } from './engines.ts';
import { type TestApp, testApp } from './test-app.ts';

interface DaysOff {
  today: string;
  weekStartsOn: number;
  guaranteedDaysOffPerWeek: number;
  weeks: { from: string; to: string; offDays: string[]; daysOff: number; shortDays: number; repaidDays: number; debtDays: number; planned: boolean }[];
  debtNowDays: number;
  debtAtEndDays: number;
}

interface Overtime {
  periodStart: string;
  standing: { position: number; listLength: number; overtimeHours: number; aboveHours: number | null; belowHours: number | null; tiedCount: number };
  months: { month: string; hours: number; records: number }[];
  recent: { start: string; hours: number }[];
}

// The clock stands at 2026-03-10T12:00Z, a Tuesday, 07:00 in Chicago (CDT since Sunday 03-08).
const day = (date: string, from: string, to: string, offset: string, kind = 'regular') => ({
  officerId: 'N1',
  start: `${date}T${from}:00${offset}`,
  end: `${date}T${to}:00${offset}`,
  kind,
});

describe.each(ENGINES)('an officer’s days off and overtime standing (%s)', (engine) => {
  let t: TestApp;
  const get = async (role: Role, url: string) => t.call(role, 'GET', url);
  const putPolicy = async (yaml: string) =>
    (await t.app.inject({ method: 'PUT', url: '/api/policy', payload: { yaml }, headers: { authorization: `Bearer ${await t.token('admin')}` } })).statusCode;

  beforeAll(async () => {
    t = await testApp(engine);
    const week1 = ['01', '02', '03', '04', '05', '06', '07'].map((d) => day(`2026-03-${d}`, '07:00', '15:00', '-06:00'));
    const week2 = ['08', '09', '10', '11', '12', '13'].map((d) => day(`2026-03-${d}`, '07:00', '15:00', '-05:00'));
    const overtime = [
      { ...day('2025-12-30', '08:00', '13:00', '-06:00', 'overtime') }, // before the period: history only
      { ...day('2026-02-10', '08:00', '12:00', '-06:00', 'overtime') },
      { ...day('2026-03-02', '16:00', '19:30', '-06:00', 'overtime') },
      { ...day('2026-03-12', '16:00', '20:00', '-05:00', 'overtime') }, // after now: not yet worked
      { ...day('2026-01-15', '08:00', '10:00', '-06:00', 'overtime'), officerId: 'N2' },
      { ...day('2026-01-15', '08:00', '20:00', '-06:00', 'overtime'), officerId: 'S1' }, // another unit
    ];
    const written = await t.call('admin', 'POST', '/api/duty-records', { records: [...week1, ...week2, ...overtime] });
    expect(written.statusCode).toBe(201);
    // A shift on Saturday 03-14 that was cancelled leaves the day off.
    const saturday = await t.call('admin', 'POST', '/api/duty-records', { records: [day('2026-03-14', '07:00', '15:00', '-05:00')] });
    const id = (saturday.json() as { items: { id: number }[] }).items[0]!.id;
    expect((await t.call('admin', 'PATCH', `/api/duty-records/${id}`, { status: 'cancelled' })).statusCode).toBe(200);
  }, 60_000);
  afterAll(async () => t.close());

  it('counts days off per Sunday week and carries the debt of a week without one', async () => {
    const response = await get('officer', '/api/officers/N1/days-off?from=2026-03-01&to=2026-03-20');
    expect(response.statusCode).toBe(200);
    const body = response.json() as DaysOff;
    expect(body).toMatchObject({ today: '2026-03-10', weekStartsOn: 0, guaranteedDaysOffPerWeek: 1, debtNowDays: 1, debtAtEndDays: 0 });
    expect(body.weeks.map((w) => [w.from, w.to, w.daysOff, w.shortDays, w.repaidDays, w.debtDays, w.planned])).toEqual([
      ['2026-03-01', '2026-03-07', 0, 1, 0, 1, false],
      ['2026-03-08', '2026-03-14', 1, 0, 0, 1, true],
      ['2026-03-15', '2026-03-21', 7, 0, 1, 0, true],
    ]);
    expect(body.weeks[1]!.offDays).toEqual(['2026-03-14']);
  });

  it('takes the guarantee from the policy in force: a block at 3 days in a row guarantees two days off a week', async () => {
    expect(await putPolicy('rules:\n  days-off.min-per-7-days:\n    block: 3\n')).toBe(200);
    const body = (await get('supervisor', '/api/officers/N1/days-off?from=2026-03-01&to=2026-03-14')).json() as DaysOff;
    expect(body.guaranteedDaysOffPerWeek).toBe(2);
    expect(body.weeks.map((w) => [w.shortDays, w.debtDays])).toEqual([
      [2, 2],
      [1, 3],
    ]);
    expect(await putPolicy('rules:\n  days-off.min-per-7-days:\n    block: 7\n')).toBe(200);
  });

  it('places the officer on the unit’s equalisation list by overtime hours since 1 January, without naming others', async () => {
    const response = await get('officer', '/api/officers/N1/overtime');
    expect(response.statusCode).toBe(200);
    const body = response.json() as Overtime;
    expect(body.periodStart).toBe('2026-01-01');
    // North: N2 with 2 h is offered first; N1 has 4 + 3.5 = 7.5 h (S1's 12 h are another unit's).
    expect(body.standing).toEqual({ position: 2, listLength: 2, overtimeHours: 7.5, aboveHours: 2, belowHours: null, tiedCount: 0 });
    expect(response.body).not.toContain('N2');
    expect(response.body).not.toContain('S1');
    expect(body.months.length).toBe(12);
    expect(body.months[0]!.month).toBe('2025-04');
    expect(body.months.filter((m) => m.records > 0)).toEqual([
      { month: '2025-12', hours: 5, records: 1 },
      { month: '2026-02', hours: 4, records: 1 },
      { month: '2026-03', hours: 3.5, records: 1 },
    ]);
    expect(body.recent.map((r) => [r.start, r.hours])).toEqual([
      ['2026-03-02T22:00:00.000Z', 3.5],
      ['2026-02-10T14:00:00.000Z', 4],
      ['2025-12-30T14:00:00.000Z', 5],
    ]);
  });

  it('puts N2 first for a supervisor of the unit, with N1’s hours just below', async () => {
    const body = (await get('supervisor', '/api/officers/N2/overtime')).json() as Overtime;
    expect(body.standing).toEqual({ position: 1, listLength: 2, overtimeHours: 2, aboveHours: null, belowHours: 7.5, tiedCount: 0 });
  });

  it('lets the officer see only their own, a supervisor only their units, and neither training nor analysts', async () => {
    const status = async (role: Role, url: string) => (await get(role, url)).statusCode;
    for (const path of ['days-off?from=2026-03-01&to=2026-03-14', 'overtime']) {
      expect(await status('officer', `/api/officers/N2/${path}`)).toBe(403);
      expect(await status('supervisor', `/api/officers/S1/${path}`)).toBe(403);
      expect(await status('training', `/api/officers/N1/${path}`)).toBe(403);
      expect(await status('analyst', `/api/officers/N1/${path}`)).toBe(403);
      expect(await status('leadership', `/api/officers/S1/${path}`)).toBe(200);
      expect(await status('admin', `/api/officers/S1/${path}`)).toBe(200);
      expect(await status('admin', `/api/officers/NOPE/${path}`)).toBe(404);
    }
    expect((await get('officer', '/api/officers/N2/days-off?from=2026-03-01&to=2026-03-14')).json()).toMatchObject({ code: 'access.forbidden' });
  });

  it('refuses a range that is backwards or longer than 92 days', async () => {
    expect((await get('officer', '/api/officers/N1/days-off?from=2026-03-14&to=2026-03-01')).statusCode).toBe(400);
    expect((await get('officer', '/api/officers/N1/days-off?from=2026-01-01&to=2026-06-01')).statusCode).toBe(400);
  });
});
