import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MS_PER_DAY, MS_PER_MINUTE, instant, timeZone } from '@muster/kernel';
import { TEST_ZONE, at, dailyShifts } from '@muster/testkit';
import { RISK_INDEX_DEFAULTS, type RiskDuty, scheduleRiskIndex } from '../../src/risk-index/index.ts';

const zone = timeZone(TEST_ZONE);
// 2026 in Chicago, so generated schedules meet both clock changes.
const yearStart = at('2026-01-01T00:00');

/** Sorted, non-overlapping duties from (gap, length) pairs in minutes, starting `offsetDays` into 2026. */
const arbitraryDuties = fc
  .record({
    offsetDays: fc.integer({ min: 0, max: 360 }),
    steps: fc.array(fc.tuple(fc.integer({ min: 0, max: 72 * 60 }), fc.integer({ min: 15, max: 20 * 60 })), { minLength: 1, maxLength: 25 }),
  })
  .map(({ offsetDays, steps }) => {
    let cursor = yearStart + offsetDays * MS_PER_DAY;
    return steps.map(([gap, length]): RiskDuty => {
      const start = cursor + gap * MS_PER_MINUTE;
      cursor = start + length * MS_PER_MINUTE;
      return { start: instant(start), end: instant(cursor) };
    });
  });

const minOf = (values: readonly number[]) => Math.min(...values);
const defaults = RISK_INDEX_DEFAULTS;
const factorMinimum = {
  timeOfDay: minOf(Object.values(defaults.timeOfDayFactors)),
  successive: minOf([...defaults.successiveFactors.morning, ...defaults.successiveFactors.afternoon, ...defaults.successiveFactors.night]),
  shiftLength: minOf(defaults.shiftLengthFactors.map((p) => p.factor)),
  quickReturn: Math.min(1, defaults.quickReturnFactor),
  breaks: 1,
};

describe('schedule-risk index properties', () => {
  it('keeps every factor at or above its minimum, the index 1 + the sum of their excesses (to its 12-decimal rounding) and never below the index of the minimums', () => {
    const floor = 1 + Object.values(factorMinimum).reduce((a, b) => a + (b - 1), 0);
    fc.assert(
      fc.property(arbitraryDuties, (duties) => {
        for (const risk of scheduleRiskIndex(duties, zone)) {
          const { factors } = risk;
          for (const name of Object.keys(factorMinimum) as (keyof typeof factorMinimum)[]) expect(factors[name]).toBeGreaterThanOrEqual(factorMinimum[name]);
          // The index is rounded to 12 decimals (at most 5e-13 away), so compare within 5e-12.
          expect(risk.index).toBeCloseTo(1 + (factors.timeOfDay - 1) + (factors.successive - 1) + (factors.shiftLength - 1) + (factors.quickReturn - 1) + (factors.breaks - 1), 11);
          expect(risk.index).toBeGreaterThanOrEqual(floor);
          expect(Number.isFinite(risk.index)).toBe(true);
        }
      }),
    );
  });

  it('never lowers the index of a single duty when it is made longer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 24 * 4 }), fc.integer({ min: 15, max: 24 * 60 }), fc.integer({ min: 1, max: 12 * 60 }), (quarterHours, minutes, extraMinutes) => {
        const start = yearStart + quarterHours * 15 * MS_PER_MINUTE;
        const short = scheduleRiskIndex([{ start: instant(start), end: instant(start + minutes * MS_PER_MINUTE) }], zone)[0]!;
        const long = scheduleRiskIndex([{ start: instant(start), end: instant(start + (minutes + extraMinutes) * MS_PER_MINUTE) }], zone)[0]!;
        expect(long.index).toBeGreaterThanOrEqual(short.index);
      }),
    );
  });

  it('never lowers the last duty of a schedule when it is made longer without changing its shift type', () => {
    fc.assert(
      fc.property(arbitraryDuties, fc.integer({ min: 1, max: 12 * 60 }), (duties, extraMinutes) => {
        const last = duties[duties.length - 1]!;
        const longer = [...duties.slice(0, -1), { start: last.start, end: instant(last.end + extraMinutes * MS_PER_MINUTE) }];
        const before = scheduleRiskIndex(duties, zone).at(-1)!;
        const after = scheduleRiskIndex(longer, zone).at(-1)!;
        fc.pre(before.shiftType === after.shiftType);
        expect(after.index).toBeGreaterThanOrEqual(before.index);
      }),
    );
  });

  it('never lowers the last night when one more consecutive night of the same shape is added', () => {
    const startTimes = ['19:00', '20:30', '22:00', '23:00', '00:00', '01:30'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 355 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(...startTimes),
        fc.integer({ min: 8, max: 12 }),
        (offsetDays, nights, startTime, hours) => {
          const firstDay = new Date((yearStart + offsetDays * MS_PER_DAY) as number).toISOString().slice(0, 10);
          const run = scheduleRiskIndex(dailyShifts(firstDay, nights, startTime, hours), zone);
          const longerRun = scheduleRiskIndex(dailyShifts(firstDay, nights + 1, startTime, hours), zone);
          expect(longerRun.every((r) => r.shiftType === 'night')).toBe(true);
          expect(longerRun[nights]!.index).toBeGreaterThanOrEqual(run[nights - 1]!.index);
          expect(longerRun[nights]!.successiveCount).toBe(nights + 1);
        },
      ),
    );
  });

  it('rates each duty by its past only: a prefix of a schedule gets the same results', () => {
    fc.assert(
      fc.property(arbitraryDuties, fc.nat(), (duties, cut) => {
        const prefix = duties.slice(0, (cut % duties.length) + 1);
        expect(scheduleRiskIndex(prefix, zone)).toEqual(scheduleRiskIndex(duties, zone).slice(0, prefix.length));
      }),
    );
  });
});
