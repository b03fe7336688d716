import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@muster/domain';
import { timeZone } from '@muster/kernel';
import { aShift, anOfficer, at, day } from '@muster/testkit';
import { expandWeeklyDemand } from '../../src/roster-jobs/expand-weekly-demand.ts';
import { netOfPinnedCover } from '../../src/roster-jobs/net-of-pinned-cover.ts';

const CHICAGO = timeZone('America/Chicago');
const templates = [
  { id: 'D', startMinutes: 7 * 60, endMinutes: 17 * 60, kind: 'regular' as const },
  { id: 'N', startMinutes: 21 * 60, endMinutes: 7 * 60, kind: 'regular' as const },
];
// Saturday: a night and a lead's day shift; Sunday: two patrol day shifts.
const weeklyDemand = [
  { template: 'N', weekday: 6, role: 'patrol', count: 1, requiredQualifications: [] },
  { template: 'D', weekday: 6, role: 'lead', count: 1, requiredQualifications: ['fto-signoff'] },
  { template: 'D', weekday: 0, role: 'patrol', count: 2, requiredQualifications: [] },
];

describe('expandWeeklyDemand', () => {
  it('puts each row on every day of its weekday in the range', () => {
    const demand = expandWeeklyDemand({ templates, weeklyDemand }, day('2026-10-31'), day('2026-11-08'), CHICAGO, at('2026-10-01T00:00'));
    expect(demand.map((d) => `${d.day - day('2026-10-31')} ${d.template} ${d.role} ${d.count}`)).toEqual([
      '0 N patrol 1',
      '0 D lead 1',
      '1 D patrol 2',
      '7 N patrol 1',
      '7 D lead 1',
      '8 D patrol 2',
    ]);
  });

  it('leaves out shifts that start before now', () => {
    const demand = expandWeeklyDemand({ templates, weeklyDemand }, day('2026-10-31'), day('2026-11-01'), CHICAGO, at('2026-10-31T08:00'));
    expect(demand.map((d) => `${d.template} ${d.role}`)).toEqual(['N patrol', 'D patrol']);
  });
});

describe('netOfPinnedCover', () => {
  const officers = new Map(['A', 'B', 'C'].map((id) => [id, anOfficer({ id })]));
  const cover = (records: ReturnType<typeof aShift>[], qualified: string[] = []) =>
    netOfPinnedCover({
      officers,
      qualifications: new Map(qualified.map((id) => [id, [{ officerId: id, qualificationId: 'fto-signoff', issued: day('2020-01-01'), expires: day('2030-01-01') }]])),
      pinned: new Map([...officers.keys()].map((id) => [id, records.filter((r) => r.officerId === id)])),
      templates,
      demand: expandWeeklyDemand({ templates, weeklyDemand }, day('2026-10-31'), day('2026-11-01'), CHICAGO, at('2026-10-01T00:00')),
      from: day('2026-10-31'),
      to: day('2026-11-01'),
      policy: DEFAULT_POLICY,
    });

  it('counts a night across the fall-back night (11 elapsed hours) as that night shift', () => {
    const night = aShift('2026-10-31T21:00', '2026-11-01T07:00', { officerId: 'A' });
    expect(night.end - night.start).toBe(11 * 3_600_000);
    expect(cover([night]).demand.map((d) => `${d.template} ${d.role} ${d.count}`)).toEqual(['D lead 1', 'D patrol 2']);
  });

  it('gives a record without a role to the first role short whose qualifications the officer holds', () => {
    const saturday = [aShift('2026-10-31T07:00', '2026-10-31T17:00', { officerId: 'B' })];
    expect(cover(saturday).covered).toBe(0);
    expect(cover(saturday, ['B'])).toMatchObject({ covered: 1 });
    const sunday = ['A', 'B', 'C'].map((officerId) => aShift('2026-11-01T07:00', '2026-11-01T17:00', { officerId }));
    expect(cover(sunday)).toMatchObject({ covered: 2 });
    expect(cover([aShift('2026-11-01T07:00', '2026-11-01T15:00', { officerId: 'A' })]).covered).toBe(0);
  });
});
