import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type DutyRecord } from '@muster/domain';
import { aShift, anOfficer, at } from '@muster/testkit';
import { buildStaffingIndex, overtimeHoursIn } from '../../src/staffing/staffing-index.ts';
import { overtimeEqualisationOrder, overtimeHoursOf } from '../../src/staffing/overtime-equalisation-order.ts';

describe('overtimeEqualisationOrder', () => {
  it('puts the fewest overtime hours first, then the more senior, then the lower id', () => {
    const order = overtimeEqualisationOrder([
      { officerId: 'D', overtimeHours: 12.5, seniorityDays: 100 },
      { officerId: 'C', overtimeHours: 4, seniorityDays: 900 },
      { officerId: 'B', overtimeHours: 4, seniorityDays: 3000 },
      { officerId: 'A', overtimeHours: 4, seniorityDays: 900 },
      { officerId: 'E', overtimeHours: 0, seniorityDays: 10 },
    ]);
    expect(order.map((o) => o.officerId)).toEqual(['E', 'B', 'A', 'C', 'D']);
  });
});

describe('overtimeHoursOf', () => {
  const records: DutyRecord[] = [
    aShift('2026-02-27T20:00', '2026-03-01T02:00', { kind: 'overtime' }), // starts before the period: not counted
    aShift('2026-03-02T08:00', '2026-03-02T12:30', { kind: 'overtime' }),
    aShift('2026-03-03T07:00', '2026-03-03T15:00'), // regular: not overtime
    aShift('2026-03-08T01:00', '2026-03-08T05:00', { kind: 'overtime' }), // 3 h elapsed across spring-forward
    aShift('2026-03-20T22:00', '2026-03-21T04:00', { kind: 'overtime' }), // starts on or after `to`: not counted
  ];

  it('counts whole overtime records that start in the period, in elapsed hours', () => {
    expect(overtimeHoursOf(records, at('2026-03-01T00:00'), at('2026-03-20T22:00'))).toBe(7.5);
  });

  it('measures exactly what the staffing index measures for `muster overtime`', () => {
    const officer = anOfficer({ id: 'O-1' });
    const index = buildStaffingIndex(new Map([['O-1', officer]]), new Map([['O-1', records]]), new Map(), DEFAULT_POLICY);
    for (const [from, to] of [
      ['2026-03-01T00:00', '2026-03-20T22:00'],
      ['2026-02-01T00:00', '2026-04-01T00:00'],
      ['2026-03-02T08:00', '2026-03-08T01:00'],
    ] as const) {
      expect(overtimeHoursOf(records, at(from), at(to))).toBe(overtimeHoursIn(index.officers[0]!, at(from), at(to)));
    }
  });
});
