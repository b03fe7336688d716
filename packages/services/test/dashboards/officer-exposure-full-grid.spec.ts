import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type DutyRecord, type Policy, buildDutyPeriods, crosses } from '@muster/domain';
import { type SleepInterval, buildEpochGrid, preparePrediction, runTpm } from '@muster/fatigue';
import { type DayNumber, type Instant, MS_PER_DAY, MS_PER_HOUR, TimeZone, instant, timeZone } from '@muster/kernel';
import { day } from '@muster/testkit';
import { type DashboardWeek, dashboardWeeks } from '../../src/dashboards/dashboard-weeks.ts';
import { type OfficerExposure, fatigueExposure, officerExposure } from '../../src/dashboards/fatigue-exposure.ts';
import { generateDemoAgency } from '../../src/demo/generate-demo-agency.ts';
import { HISTORY_DAYS } from '../../src/roster/officer-findings.ts';

/**
 * The reference: officerExposure as it was before it used the duty-level fast path — the full TPM
 * series on the 5-minute grid from the origin to the range's end, counted epoch by epoch, each
 * epoch in the week where it starts. Kept here only to prove the fast path gives the same answers.
 */
function fullGridExposure(records: readonly DutyRecord[], zone: TimeZone, policy: Policy, kssLevel: number, weeks: readonly DashboardWeek[]): OfficerExposure {
  const dutyEpochs = weeks.map(() => 0);
  const atOrAboveEpochs = weeks.map(() => 0);
  const periods = buildDutyPeriods(records);
  if (periods.count === 0 || weeks.length === 0) return { dutyEpochs, atOrAboveEpochs };
  const bounds = [...weeks.map((w) => zone.startOfLocalDay(w.start)), zone.startOfLocalDay(weeks[weeks.length - 1]!.end + 1)];
  const shownFrom = bounds[0]!;
  const shownTo = bounds[bounds.length - 1]!;
  const historyFrom = instant(shownFrom - HISTORY_DAYS * MS_PER_DAY);
  const duties: SleepInterval[] = Array.from({ length: periods.count }, (_, i) => ({ start: periods.starts[i] as Instant, end: periods.ends[i] as Instant }));
  if (duties.every((d) => d.end <= shownFrom || d.start >= shownTo)) return { dutyEpochs, atOrAboveEpochs };
  const input = { duties, zone, from: instant(Math.min(historyFrom, duties[0]!.start)), to: shownTo, params: policy.fatigue };
  const prepared = preparePrediction(input);
  const grid = buildEpochGrid({ start: prepared.origin, end: input.to, epochMinutes: policy.fatigue.epochMinutes, zone, sleep: prepared.sleep });
  const { kss } = runTpm(grid, policy.fatigue.tpm, prepared.initialTpm, prepared.firstBoutElapsedH);
  for (const duty of duties) {
    if (duty.end <= shownFrom || duty.start >= shownTo) continue;
    const first = Math.max(0, Math.ceil((Math.max(duty.start, shownFrom) - grid.start) / grid.epochMs));
    const last = Math.min(grid.count - 1, Math.ceil((Math.min(duty.end, shownTo) - grid.start) / grid.epochMs) - 1);
    let week = 0;
    for (let k = first; k <= last; k++) {
      const at = grid.start + k * grid.epochMs;
      while (week < weeks.length - 1 && at >= bounds[week + 1]!) week++;
      dutyEpochs[week]!++;
      if (grid.awake[k] === 1 && crosses(kss[k]!, kssLevel, 'at-or-above')) atOrAboveEpochs[week]!++;
    }
  }
  return { dutyEpochs, atOrAboveEpochs };
}

/** Records from (gap before, length) steps in hours, from a base instant. */
function roster(base: number, steps: readonly (readonly [number, number])[]): DutyRecord[] {
  const records: DutyRecord[] = [];
  let cursor = base;
  for (const [gap, length] of steps) {
    const start = cursor + gap * MS_PER_HOUR;
    cursor = start + length * MS_PER_HOUR;
    records.push({ officerId: 'O-1', start: instant(start), end: instant(cursor), kind: 'regular' });
  }
  return records;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

// Ranges of dashboard weeks that hold a clock change in their zone (and one that holds none).
const RANGES: { zone: string; from: string; to: string }[] = [
  { zone: 'America/Chicago', from: '2026-03-02', to: '2026-03-22' }, // spring forward, 8 March
  { zone: 'America/Chicago', from: '2026-10-26', to: '2026-11-15' }, // fall back, 1 November
  { zone: 'Europe/London', from: '2026-03-23', to: '2026-04-05' }, // spring forward, 29 March
  { zone: 'Australia/Lord_Howe', from: '2026-03-30', to: '2026-04-14' }, // half an hour back, 5 April (a short last week)
  { zone: 'UTC', from: '2026-06-01', to: '2026-06-28' },
];

describe('officerExposure on the duty epochs equals the full-grid computation', () => {
  it('for any roster, level and range of weeks, across daylight-saving changes', () => {
    const step = fc.tuple(fc.integer({ min: 4, max: 48 }), fc.integer({ min: 1, max: 17 }));
    fc.assert(
      fc.property(
        fc.constantFrom(...RANGES),
        // The roster starts up to 45 days before the range (within and before the 35 days of history).
        fc.integer({ min: 0, max: 45 * 24 }),
        fc.array(step, { minLength: 1, maxLength: 70 }),
        fc.oneof(fc.constantFrom(7, 8), fc.double({ min: 3, max: 9.5, noNaN: true })),
        (range, hoursBefore, steps, level) => {
          const zone = timeZone(range.zone);
          const weeks = dashboardWeeks(day(range.from) as DayNumber, day(range.to) as DayNumber);
          const records = roster(zone.startOfLocalDay(day(range.from)) - hoursBefore * MS_PER_HOUR, steps);
          const fast = officerExposure(records, zone, DEFAULT_POLICY, level, weeks);
          const reference = fullGridExposure(records, zone, DEFAULT_POLICY, level, weeks);
          expect(fast).toEqual(reference);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('for every officer of the demo agency over four weeks holding the fall-back night, and in the sums the dashboard shows', () => {
    // The web page's range: the four whole weeks before "today", 24 October – 20 November 2026.
    const today = day('2026-11-21') as DayNumber;
    const weeks = dashboardWeeks((today - 28) as DayNumber, (today - 1) as DayNumber);
    const agency = generateDemoAgency({ seed: 2026, today });
    const byOfficer = new Map<string, DutyRecord[]>();
    for (const r of agency.dutyRecords) byOfficer.set(r.officerId, [...(byOfficer.get(r.officerId) ?? []), r]);
    const level = DEFAULT_POLICY.rules['fatigue.kss-on-duty']!.warn!;
    const fast: OfficerExposure[] = [];
    const reference: OfficerExposure[] = [];
    for (const officer of agency.officers) {
      const zone = TimeZone.find(officer.timeZone) ?? timeZone(DEFAULT_POLICY.timeZone);
      // What the service reads: from the history before the range to two days after it.
      const readFrom = zone.startOfLocalDay(weeks[0]!.start) - HISTORY_DAYS * MS_PER_DAY;
      const readTo = zone.startOfLocalDay(today) + 2 * MS_PER_DAY;
      const records = (byOfficer.get(officer.id) ?? []).filter((r) => r.end > readFrom && r.start < readTo);
      fast.push(officerExposure(records, zone, DEFAULT_POLICY, level, weeks));
      reference.push(fullGridExposure(records, zone, DEFAULT_POLICY, level, weeks));
    }
    expect(fast).toEqual(reference);
    const sums = fatigueExposure(fast, weeks, DEFAULT_POLICY.fatigue.epochMinutes);
    expect(sums).toEqual(fatigueExposure(reference, weeks, DEFAULT_POLICY.fatigue.epochMinutes));
    // Not a vacuous agreement: 600 officers on duty every week, and hours above the level in each.
    expect(agency.officers.length).toBe(600);
    expect(sums.weeks.map((w) => w.officersOnDuty).every((n) => n > 500)).toBe(true);
    expect(sums.weeks.every((w) => w.hoursAtOrAbove > 0)).toBe(true);
    expect(sum(fast.map((e) => sum(e.atOrAboveEpochs)))).toBeGreaterThan(0);
  });
});
