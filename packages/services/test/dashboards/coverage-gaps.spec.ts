import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type DutyRecord } from '@muster/domain';
import { timeZone } from '@muster/kernel';
import { aShift, anOfficer, day } from '@muster/testkit';
import { sumCoverage, unitCoverage } from '../../src/dashboards/coverage-gaps.ts';

const zone = timeZone('America/Chicago');
const officers = ['A', 'B', 'C'].map((id) => anOfficer({ id }));
const settings = {
  templates: [
    { id: 'day', startMinutes: 7 * 60, endMinutes: 15 * 60, kind: 'regular' as const },
    { id: 'night', startMinutes: 23 * 60, endMinutes: 7 * 60, kind: 'regular' as const },
  ],
  // Saturday (6) and Sunday (0): two on days, one on nights.
  weeklyDemand: [0, 6].flatMap((weekday) => [
    { template: 'day', weekday, role: 'patrol', count: 2, requiredQualifications: [] },
    { template: 'night', weekday, role: 'patrol', count: 1, requiredQualifications: [] },
  ]),
};

function coverage(records: DutyRecord[], from: string, to: string) {
  return unitCoverage(
    {
      zone,
      settings,
      officers: new Map(officers.map((o) => [o.id, o])),
      qualifications: new Map(),
      records: new Map(officers.map((o) => [o.id, records.filter((r) => r.officerId === o.id)])),
      policy: DEFAULT_POLICY,
    },
    day(from),
    day(to),
  );
}

describe('coverage gaps per day', () => {
  it('counts the demand of each day, the records that start and end at a shift’s times, and the gap in shifts and hours', () => {
    const days = coverage(
      [
        aShift('2026-10-24T07:00', '2026-10-24T15:00', { officerId: 'A' }),
        aShift('2026-10-24T07:00', '2026-10-24T15:00', { officerId: 'B' }),
        aShift('2026-10-24T23:00', '2026-10-25T07:00', { officerId: 'C' }),
        // A day shift of the wrong length covers nothing; on call covers nothing.
        aShift('2026-10-25T07:00', '2026-10-25T16:00', { officerId: 'A' }),
        aShift('2026-10-25T07:00', '2026-10-25T15:00', { officerId: 'B', kind: 'on_call' }),
        aShift('2026-10-25T07:00', '2026-10-25T15:00', { officerId: 'C' }),
      ],
      '2026-10-23',
      '2026-10-25',
    );
    expect(days.map((d) => [d.required, d.covered, d.gap, d.requiredHours, d.gapHours])).toEqual([
      [0, 0, 0, 0, 0], // Friday: no demand
      [3, 3, 0, 24, 0],
      [3, 1, 2, 24, 16], // one day shift and the night uncovered
    ]);
  });

  it('measures a night shift over the fall-back night as 9 hours', () => {
    // Saturday 31 October 2026 into Sunday 1 November: the clock goes back at 02:00.
    const days = coverage([aShift('2026-10-31T07:00', '2026-10-31T15:00', { officerId: 'A' })], '2026-10-31', '2026-11-01');
    expect(days.map((d) => [d.required, d.covered, d.gap, d.requiredHours, d.gapHours])).toEqual([
      [3, 1, 2, 25, 17], // 8 + 8 + 9 required; one 8 h day shift and the 9 h night uncovered
      [3, 0, 3, 24, 24],
    ]);
  });

  it('adds units up day by day', () => {
    const one = coverage([], '2026-10-24', '2026-10-25');
    const summed = sumCoverage([one, one], day('2026-10-24'), day('2026-10-25'));
    expect(summed.map((d) => [d.required, d.gap, d.gapHours])).toEqual([
      [6, 6, 48],
      [6, 6, 48],
    ]);
  });
});
