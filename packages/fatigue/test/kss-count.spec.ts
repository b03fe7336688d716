import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MS_PER_HOUR, instant, timeZone } from '@muster/kernel';
import { type DutyFatigue, type FatigueScreen, type PredictionInput, type SleepInterval, evaluateDuties, predictFatigue, preparePrediction } from '../src/index.ts';

const HOUR = MS_PER_HOUR;
/** The agreement evaluateDuties proves for peaks against the full grid (duty-evaluation.spec.ts). */
const TOLERANCE = 1e-9;

/** Duty periods from (gap before, length) steps in hours, from a base instant. */
function duties(base: number, steps: readonly (readonly [number, number])[]): SleepInterval[] {
  const out: SleepInterval[] = [];
  let cursor = base;
  for (const [gap, length] of steps) {
    const start = cursor + gap * HOUR;
    cursor = start + length * HOUR;
    out.push({ start: instant(start), end: instant(cursor) });
  }
  return out;
}

/** evaluateDuties on the same prepared prediction as predictFatigue, counting against `level`. */
function evaluate(input: PredictionInput, level: number | undefined, screen?: FatigueScreen): DutyFatigue[] {
  const prepared = preparePrediction(input);
  return evaluateDuties(
    {
      ...prepared,
      epochMinutes: prepared.params.epochMinutes,
      zone: input.zone,
      tpm: prepared.params.tpm,
      unified: prepared.params.unified,
      ...(level === undefined ? {} : { kssCountLevel: level }),
    },
    input.duties,
    screen,
  );
}

/** Per duty: its awake epochs on the full grid (runTpm via predictFatigue), each epoch's KSS. */
function gridKss(input: PredictionInput): number[][] {
  const { grid, tpm } = predictFatigue(input);
  return input.duties.map((duty) => {
    const first = Math.max(0, Math.ceil((duty.start - grid.start) / grid.epochMs));
    const last = Math.min(grid.count - 1, Math.ceil((duty.end - grid.start) / grid.epochMs) - 1);
    const values: number[] = [];
    for (let k = first; k <= last; k++) if (grid.awake[k] === 1) values.push(tpm.kss[k]!);
    return values;
  });
}

const countAtOrAbove = (values: readonly number[], level: number): number => values.filter((kss) => kss >= level).length;

/**
 * The fast count equals the full grid's `>=` count, except that an epoch whose grid KSS lies within
 * the tolerance of the level may fall either way: the count is bracketed by the grid's counts at
 * level ± tolerance, and equal to the count at the level when no epoch is that close.
 */
function expectSameCount(fast: number | undefined, values: readonly number[], level: number): void {
  expect(fast).toBeDefined();
  expect(fast!).toBeGreaterThanOrEqual(countAtOrAbove(values, level + TOLERANCE));
  expect(fast!).toBeLessThanOrEqual(countAtOrAbove(values, level - TOLERANCE));
  if (values.every((kss) => Math.abs(kss - level) > TOLERANCE)) expect(fast).toBe(countAtOrAbove(values, level));
}

// Bases a few days before a clock change: spring forward and fall back in the north (Chicago,
// London) and in the south (Lord Howe's half-hour change, 5 April and 4 October 2026), and mid-year.
const BASES = [Date.UTC(2026, 2, 1, 13), Date.UTC(2026, 9, 25, 13), Date.UTC(2026, 2, 30, 13), Date.UTC(2026, 8, 29, 13), Date.UTC(2026, 5, 1, 13)];
const ZONES = ['America/Chicago', 'Europe/London', 'Australia/Lord_Howe', 'UTC'];

describe('evaluateDuties: epochs at or above a KSS level', () => {
  it('counts the same epochs as the full grid for any roster and level, across daylight-saving changes, screened or not', () => {
    const step = fc.tuple(fc.integer({ min: 4, max: 40 }), fc.integer({ min: 1, max: 18 }));
    fc.assert(
      fc.property(
        fc.constantFrom(...BASES),
        fc.constantFrom(...ZONES),
        fc.array(step, { minLength: 1, maxLength: 25 }),
        fc.double({ min: 2, max: 9.5, noNaN: true }),
        fc.double({ min: 2, max: 9.5, noNaN: true }),
        (base, zoneName, steps, level, screenKss) => {
          const zone = timeZone(zoneName);
          const list = duties(base, steps);
          const input = { duties: list, zone, from: list[0]!.start, to: instant(list[list.length - 1]!.end + 2 * HOUR) };
          const values = gridKss(input);
          const unscreened = evaluate(input, level);
          const screenedOnLevel = evaluate(input, level, { kss: level, lapses: Infinity });
          const screenedOther = evaluate(input, level, { kss: screenKss, lapses: 5 });
          list.forEach((_, i) => {
            expectSameCount(unscreened[i]!.awakeEpochsAtOrAboveKss, values[i]!, level);
            // A screen never changes a count: a duty is skipped only when its KSS bound is below the level.
            expect(screenedOnLevel[i]!.awakeEpochsAtOrAboveKss).toBe(unscreened[i]!.awakeEpochsAtOrAboveKss);
            expect(screenedOther[i]!.awakeEpochsAtOrAboveKss).toBe(unscreened[i]!.awakeEpochsAtOrAboveKss);
            if (screenedOnLevel[i]!.screened) expect(countAtOrAbove(values[i]!, level - TOLERANCE)).toBe(0);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('leaves every other figure as it was without a level', () => {
    const zone = timeZone('America/Chicago');
    // Nights across the fall-back night of 1 November 2026, a double, and day shifts.
    const list = duties(Date.UTC(2026, 9, 28, 12), [
      [10, 8],
      [16, 8],
      [16, 9],
      [6, 16],
      [30, 10],
      [14, 10],
    ]);
    const input = { duties: list, zone, from: list[0]!.start, to: list[list.length - 1]!.end };
    for (const screen of [undefined, { kss: 7, lapses: 10 }]) {
      const plain = evaluate(input, undefined, screen);
      const counted = evaluate(input, 7, screen);
      expect(plain.every((d) => d.awakeEpochsAtOrAboveKss === undefined)).toBe(true);
      // Unscreened duties are identical but for the count; with a screen, counting can only turn screening off.
      counted.forEach((d, i) => {
        const { awakeEpochsAtOrAboveKss, ...rest } = d;
        expect(awakeEpochsAtOrAboveKss).toBeGreaterThanOrEqual(0);
        if (!plain[i]!.screened) expect(rest).toEqual(plain[i]);
        if (d.screened) expect(awakeEpochsAtOrAboveKss).toBe(0);
      });
    }
  });

  it('compares exactly: a level equal to a duty’s peak KSS counts that epoch, a level a few ulps above it counts none', () => {
    const zone = timeZone('Europe/London');
    // Two nights 23:00–09:00 BST: the second night's peak KSS is well above 7.
    const list = duties(Date.UTC(2026, 5, 1, 8), [
      [14, 10],
      [14, 10],
    ]);
    const input = { duties: list, zone, from: list[0]!.start, to: list[1]!.end };
    const [, night] = evaluate(input, 0);
    const peak = night!.maxKss;
    expect(peak).toBeGreaterThan(7);
    const atPeak = evaluate(input, peak)[1]!;
    const justAbove = evaluate(input, peak + Number.EPSILON * 16)[1]!;
    expect(atPeak.awakeEpochsAtOrAboveKss).toBeGreaterThanOrEqual(1);
    expect(justAbove.awakeEpochsAtOrAboveKss).toBe(0);
    // At level 0 every awake epoch counts: 10 h of 5-minute epochs.
    expect(night!.awakeEpochsAtOrAboveKss).toBe(120);
    expect(night!.awakeEpochsOnDuty).toBe(120);
  });

  it('skips a rested day shift below the level without walking it, and counts it 0, as the grid does', () => {
    const zone = timeZone('America/Chicago');
    // 09:00–17:00 local for three days (Chicago is UTC−5 in June): well rested, KSS stays low.
    const list = duties(Date.UTC(2026, 5, 1, 14), [
      [0, 8],
      [16, 8],
      [16, 8],
    ]);
    const input = { duties: list, zone, from: list[0]!.start, to: list[2]!.end };
    const values = gridKss(input);
    const screened = evaluate(input, 7, { kss: 7, lapses: Infinity });
    expect(screened.map((d) => d.screened)).toEqual([true, true, true]);
    expect(screened.map((d) => d.awakeEpochsAtOrAboveKss)).toEqual([0, 0, 0]);
    expect(values.map((v) => countAtOrAbove(v, 7))).toEqual([0, 0, 0]);
    expect(values.map((v) => v.length)).toEqual([96, 96, 96]);
    // A level the day does reach turns the screen off for it: counted by walking, as on the grid.
    const low = Math.min(...values[1]!.map((kss) => kss)) + 0.5;
    const walked = evaluate(input, low, { kss: 7, lapses: Infinity });
    expect(walked[1]!.screened).toBe(false);
    expectSameCount(walked[1]!.awakeEpochsAtOrAboveKss, values[1]!, low);
    expect(walked[1]!.awakeEpochsAtOrAboveKss).toBeGreaterThan(0);
  });
});
