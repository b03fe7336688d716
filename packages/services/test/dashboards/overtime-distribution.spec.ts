import { describe, expect, it } from 'vitest';
import { timeZone } from '@muster/kernel';
import { anOfficer, aShift, day } from '@muster/testkit';
import { overtimeDistribution, overtimeHoursPerOfficer } from '../../src/dashboards/overtime-distribution.ts';

describe('overtime hours per officer', () => {
  const officers = [anOfficer({ id: 'A' }), anOfficer({ id: 'B', timeZone: 'America/New_York' })];
  const from = day('2026-03-02');
  const to = day('2026-03-08');

  it('counts overtime records whole, on the local day they start in the officer’s zone', () => {
    const hours = overtimeHoursPerOfficer(
      officers,
      [
        aShift('2026-03-02T08:00', '2026-03-02T16:00', { officerId: 'A' }), // regular: not overtime
        aShift('2026-03-03T16:00', '2026-03-03T20:00', { officerId: 'A', kind: 'overtime' }),
        // Starts 23:00 on the last day and runs into the next: counts whole, 4 h.
        aShift('2026-03-08T23:00', '2026-03-09T03:00', { officerId: 'A', kind: 'overtime' }),
        // Starts on the day after the range: not counted.
        aShift('2026-03-09T00:30', '2026-03-09T02:30', { officerId: 'A', kind: 'overtime' }),
        // 23:30 Chicago on 8 March is 00:30 on 9 March in New York: outside B's range.
        aShift('2026-03-08T23:30', '2026-03-09T01:30', { officerId: 'B', kind: 'overtime' }),
        // 23:30 Chicago on 1 March is 00:30 on 2 March in New York: inside B's range.
        aShift('2026-03-01T23:30', '2026-03-02T02:30', { officerId: 'B', kind: 'overtime' }),
      ],
      from,
      to,
      (o) => timeZone(o.timeZone),
    );
    expect(hours).toEqual([8, 3]);
  });

  it('makes a histogram of 8-hour bins after a 0 h bin, with mean, median, maximum and the top decile’s share', () => {
    // 20 officers: 8 without overtime, then 2, 4, 6, 8, 9, 12, 16, 20, 24, 30, 40 and 60 hours.
    const hours = [0, 0, 0, 0, 0, 0, 0, 0, 2, 4, 6, 8, 9, 12, 16, 20, 24, 30, 40, 60];
    const d = overtimeDistribution(hours);
    expect(d.officers).toBe(20);
    expect(d.totalHours).toBe(231);
    expect(d.meanHours).toBe(11.55);
    expect(d.medianHours).toBe(5); // the 10th and 11th of 20: (4 + 6) / 2
    expect(d.maxHours).toBe(60);
    // The top 10 % are 2 officers (60 and 40 h): 100 of 231 hours.
    expect(d.topDecile).toEqual({ officers: 2, hours: 100, share: 0.4329, minHours: 40 });
    expect(d.bins.map((b) => [b.fromHours, b.toHours, b.officers, b.topDecileOfficers])).toEqual([
      [0, 0, 8, 0],
      [0, 8, 4, 0], // 2, 4, 6 and 8 (a bin holds its upper edge)
      [8, 16, 3, 0], // 9, 12, 16
      [16, 24, 2, 0],
      [24, 32, 1, 0],
      [32, 40, 1, 1],
      [40, 48, 0, 0],
      [48, 56, 0, 0],
      [56, 64, 1, 1],
    ]);
    expect(d.bins.reduce((sum, b) => sum + b.officers, 0)).toBe(20);
  });

  it('rounds the top decile up to whole officers and has no share when nobody worked overtime', () => {
    expect(overtimeDistribution([5, 1, 1]).topDecile).toEqual({ officers: 1, hours: 5, share: 0.7143, minHours: 5 });
    const none = overtimeDistribution([0, 0, 0]);
    expect(none.topDecile.share).toBeNull();
    expect(none.bins).toEqual([
      { fromHours: 0, toHours: 0, officers: 3, topDecileOfficers: 0 },
      { fromHours: 0, toHours: 8, officers: 0, topDecileOfficers: 0 },
    ]);
    expect(overtimeDistribution([]).officers).toBe(0);
  });
});
