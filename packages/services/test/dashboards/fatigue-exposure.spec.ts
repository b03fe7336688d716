import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type DutyRecord, buildDutyPeriods } from '@muster/domain';
import { predictFatigue } from '@muster/fatigue';
import { type Instant, MS_PER_DAY, instant, timeZone } from '@muster/kernel';
import { aShift, dailyShifts, day } from '@muster/testkit';
import { dashboardWeeks } from '../../src/dashboards/dashboard-weeks.ts';
import { fatigueExposure, officerExposure } from '../../src/dashboards/fatigue-exposure.ts';
import { HISTORY_DAYS } from '../../src/roster/officer-findings.ts';

const zone = timeZone('America/Chicago');
// Two weeks: 2–8 March 2026 holds the spring-forward night (8 March, 02:00 → 03:00), 9–15 March does not.
const from = day('2026-03-02');
const to = day('2026-03-15');
const weeks = dashboardWeeks(from, to);

/** Epochs of duty and at or above `level`, counted straight off the officer fatigue endpoint's full prediction. */
function fromFullPrediction(records: readonly DutyRecord[], level: number): { duty: number[]; above: number[] } {
  const periods = buildDutyPeriods(records);
  const duties = Array.from({ length: periods.count }, (_, i) => ({ start: periods.starts[i] as Instant, end: periods.ends[i] as Instant }));
  const shownFrom = zone.startOfLocalDay(from);
  const shownTo = zone.startOfLocalDay(to + 1);
  const p = predictFatigue({ duties, zone, from: instant(Math.min(shownFrom - HISTORY_DAYS * MS_PER_DAY, duties[0]!.start)), to: shownTo, params: DEFAULT_POLICY.fatigue });
  const duty = [0, 0];
  const above = [0, 0];
  for (let k = 0; k < p.grid.count; k++) {
    const t = p.grid.start + k * p.grid.epochMs;
    if (t < shownFrom || t >= shownTo || !duties.some((d) => t >= d.start && t < d.end)) continue;
    const w = zone.localDayOf(instant(t)) - from < 7 ? 0 : 1;
    duty[w]!++;
    if (p.grid.awake[k] === 1 && p.tpm.kss[k]! >= level) above[w]!++;
  }
  return { duty, above };
}

describe('fatigue exposure: the share of duty hours at or above the policy’s KSS level', () => {
  it('splits the range into weeks of seven days from its first day', () => {
    expect(dashboardWeeks(day('2026-03-02'), day('2026-03-18'))).toEqual([
      { start: day('2026-03-02'), end: day('2026-03-08') },
      { start: day('2026-03-09'), end: day('2026-03-15') },
      { start: day('2026-03-16'), end: day('2026-03-18') },
    ]);
  });

  it('finds no exposure on rested day shifts', () => {
    const records = dailyShifts('2026-02-23', 21, '08:00', 8);
    const e = officerExposure(records, zone, DEFAULT_POLICY, 7, weeks);
    // 7 days × 8 h × 12 five-minute epochs in each week.
    expect(e.dutyEpochs).toEqual([7 * 8 * 12, 7 * 8 * 12]);
    expect(e.atOrAboveEpochs).toEqual([0, 0]);
    const sums = fatigueExposure([e], weeks, 5);
    expect(sums.weeks.map((w) => [w.dutyHours, w.hoursAtOrAbove, w.share, w.officersOnDuty])).toEqual([
      [56, 0, 0, 1],
      [56, 0, 0, 1],
    ]);
  });

  it('counts night-shift hours at KSS ≥ 7 exactly as the officer fatigue prediction has them, across the spring-forward night', () => {
    // Nights 22:00–06:00 from 1 to 14 March: the night into 8 March is 7 h long (the clock skips 02:00–03:00).
    const records = dailyShifts('2026-03-01', 14, '22:00', 8).map((r) => ({ ...r, end: instant(zone.toInstant(zone.toWallClock(r.start) + 8 * 3_600_000)!) }));
    const springNight = records.find((r) => zone.localDayOf(r.start) === day('2026-03-07'))!;
    expect((springNight.end - springNight.start) / 3_600_000).toBe(7);
    const e = officerExposure(records, zone, DEFAULT_POLICY, 7, weeks);
    const reference = fromFullPrediction(records, 7);
    expect(e.dutyEpochs).toEqual(reference.duty);
    expect(e.atOrAboveEpochs).toEqual(reference.above);
    // Week 1: 2 h of the night starting 1 March (00:00–06:00 on the 2nd is 6 h) + six nights, one 7 h,
    // and 2 h of the night starting 8 March before midnight = 6 + 5 × 8 + 7 + 2 = 55 h.
    // Week 2: the rest of that night (6 h) and six more nights = 6 + 6 × 8 = 54 h.
    const sums = fatigueExposure([e], weeks, 5);
    expect(sums.weeks.map((w) => w.dutyHours)).toEqual([55, 54]);
    expect(sums.weeks[0]!.hoursAtOrAbove).toBeGreaterThan(5);
    expect(sums.weeks[0]!.share).toBeCloseTo(e.atOrAboveEpochs[0]! / e.dutyEpochs[0]!, 4);
    expect(sums.total.dutyHours).toBe(109);
  });

  it('reads the level it is given: a higher level counts fewer hours', () => {
    const records = dailyShifts('2026-03-01', 14, '22:00', 8);
    const at7 = officerExposure(records, zone, DEFAULT_POLICY, 7, weeks);
    const at8 = officerExposure(records, zone, DEFAULT_POLICY, 8, weeks);
    expect(at8.dutyEpochs).toEqual(at7.dutyEpochs);
    expect(at8.atOrAboveEpochs[1]!).toBeLessThan(at7.atOrAboveEpochs[1]!);
    expect(at8.atOrAboveEpochs).toEqual(fromFullPrediction(records, 8).above);
  });

  it('sums officers and leaves a week without duty without a share', () => {
    const onlyWeek1 = officerExposure([aShift('2026-03-03T08:00', '2026-03-03T18:00')], zone, DEFAULT_POLICY, 7, weeks);
    const sums = fatigueExposure([onlyWeek1, onlyWeek1], weeks, 5);
    expect(sums.weeks.map((w) => [w.dutyHours, w.share, w.officersOnDuty])).toEqual([
      [20, 0, 2],
      [0, null, 0],
    ]);
  });
});
