import { describe, expect, it } from 'vitest';
import { timeZone } from '@muster/kernel';
import { TEST_ZONE, dailyShifts } from '@muster/testkit';
import { RISK_INDEX_DEFAULTS, breaksFactor, scheduleRiskIndex } from '../../src/risk-index/index.ts';

const zone = timeZone(TEST_ZONE);
const every = (assumedBreakIntervalHours: number) => ({ ...RISK_INDEX_DEFAULTS, assumedBreakIntervalHours });

describe('breaks factor', () => {
  it('is 1.0 with the default assumption of a break every 2 h, for any duty length', () => {
    expect([1, 8, 12, 16].map((h) => breaksFactor(h, RISK_INDEX_DEFAULTS))).toEqual([1, 1, 1, 1]);
  });

  it('follows the published within-spell trend: with risk in the last 30 min of 2 h double the first, 3-h spells give 11/9 and 4-h spells 13/9', () => {
    // Risk 1 at 0:15 and 2 at 1:45 into a spell; mean over 2 h = 1.5, over 3 h = 11/6, over 4 h = 13/6.
    expect(breaksFactor(8, every(3))).toBeCloseTo(11 / 9, 12);
    expect(breaksFactor(8, every(4))).toBeCloseTo(13 / 9, 12);
  });

  it('rises linearly with the interval past 2 h', () => {
    const step = breaksFactor(8, every(3)) - breaksFactor(8, every(2));
    expect(breaksFactor(8, every(5)) - breaksFactor(8, every(4))).toBeCloseTo(step, 12);
    expect(step).toBeCloseTo(2 / 9, 12);
  });

  it('caps the spell at the duty length: a 3-h duty with breaks assumed every 4 h counts as one 3-h spell', () => {
    expect(breaksFactor(3, every(4))).toBeCloseTo(11 / 9, 12);
    expect(breaksFactor(1.5, every(4))).toBe(1);
  });

  it('does not credit assumed breaks more often than every 2 h below 1.0', () => {
    expect(breaksFactor(8, every(1))).toBe(1);
  });

  it('scales with the policy ratio: a last-to-first ratio of 3 makes 4-h spells (1 + 1.75 × 2 / 1.5) / 2', () => {
    expect(breaksFactor(8, { ...every(4), breakTrendLastToFirstRatio: 3 })).toBeCloseTo((1 + (1.75 * 2) / 1.5) / 2, 12);
  });

  it('rejects a trend spell no longer than its comparison period', () => {
    expect(() => breaksFactor(8, { ...every(4), breakTrendSpellHours: 0.5 })).toThrow(/break trend/);
  });

  it('enters the index of every duty: an 8-h morning shift with breaks assumed every 4 h is 13/9', () => {
    const [risk] = scheduleRiskIndex(dailyShifts('2026-01-05', 1, '07:00', 8), zone, every(4));
    expect(risk!.factors.breaks).toBeCloseTo(13 / 9, 12);
    expect(risk!.index).toBeCloseTo(13 / 9, 12);
  });
});
