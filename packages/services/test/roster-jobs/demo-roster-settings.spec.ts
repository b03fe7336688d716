import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type DutyRecord } from '@muster/domain';
import { daysFromCivil, instant, timeZone } from '@muster/kernel';
import { demoRosterSettings } from '../../src/demo/demo-roster-settings.ts';
import { generateDemoAgency } from '../../src/demo/generate-demo-agency.ts';
import { SHIFT_PATTERN } from '../../src/demo/shift-pattern.ts';
import { expandWeeklyDemand } from '../../src/roster-jobs/expand-weekly-demand.ts';
import { netOfPinnedCover } from '../../src/roster-jobs/net-of-pinned-cover.ts';

// Monday 2026-10-26: the two published weeks ahead cross the fall-back night (1 November in Chicago).
const TODAY = daysFromCivil(2026, 10, 26);
const agency = generateDemoAgency({ seed: 2026, today: TODAY, officers: 240, fieldOffices: 1 });
const settings = demoRosterSettings(agency.units, agency.officers, instant(0));

describe('the demo units’ roster settings', () => {
  it('are the crews’ three shifts, with a second crew’s worth on the overlap day', () => {
    expect(settings.map((s) => s.unitId)).toEqual(['chi-1', 'chi-2']);
    const [first] = settings;
    expect(first!.templates).toEqual([
      { id: 'day', ...SHIFT_PATTERN.shifts.day, kind: 'regular' },
      { id: 'evening', ...SHIFT_PATTERN.shifts.evening, kind: 'regular' },
      { id: 'night', ...SHIFT_PATTERN.shifts.night, kind: 'regular' },
    ]);
    // 120 officers a unit, 20 a crew, 15 of them on duty: a supervisor and 14 patrol officers.
    const night = (weekday: number) => first!.weeklyDemand.filter((d) => d.template === 'night' && d.weekday === weekday).map((d) => [d.role, d.count, d.requiredQualifications]);
    expect(night(0)).toEqual([
      ['supervisor', 1, ['fto-signoff']],
      ['patrol', 14, []],
    ]);
    expect(night(3)).toEqual([
      ['supervisor', 2, ['fto-signoff']],
      ['patrol', 28, []],
    ]);
  });

  it('are met by the published weeks, across the fall-back night', () => {
    for (const unit of agency.units) {
      const officers = agency.officers.filter((o) => o.unit === unit.id);
      const ids = new Set(officers.map((o) => o.id));
      const pinned = new Map<string, DutyRecord[]>(officers.map((o) => [o.id, []]));
      for (const r of agency.dutyRecords) if (ids.has(r.officerId)) pinned.get(r.officerId)!.push(r);
      const own = settings.find((s) => s.unitId === unit.id)!;
      const from = TODAY;
      const to = TODAY + 13;
      const demand = expandWeeklyDemand(own, from, to, timeZone(unit.timeZone), instant(0));
      const qualifications = new Map(officers.map((o) => [o.id, agency.qualifications.filter((q) => q.officerId === o.id)]));
      const net = netOfPinnedCover({
        officers: new Map(officers.map((o) => [o.id, o])),
        qualifications,
        pinned,
        templates: own.templates,
        demand,
        from,
        to,
        policy: DEFAULT_POLICY,
      });
      expect(net.demand, unit.id).toEqual([]);
      expect(net.covered).toBe(demand.reduce((sum, d) => sum + d.count, 0));
    }
  });
});
