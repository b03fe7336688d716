import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Instant, MS_PER_HOUR, instant, timeZone } from '@muster/kernel';
import {
  FATIGUE_DEFAULTS,
  SLEEP_INFERENCE_DEFAULTS,
  TPM_DEFAULTS,
  UNIFIED_DEFAULTS,
  buildEpochGrid,
  habitualSteadyState,
  predictFatigue,
  runTpm,
  runUnified,
  statusDurationH,
  tpmSleepS,
  tpmWakeS,
  unifiedSleep,
  unifiedWake,
} from '../src/index.ts';

const T = TPM_DEFAULTS;
const U = UNIFIED_DEFAULTS;
const steady = habitualSteadyState(8, T, U);
const CHICAGO = timeZone('America/Chicago');
const jun = (day: number, h: number, m = 0): Instant => CHICAGO.toInstant(Date.UTC(2026, 5, day, h, m))!;

describe('habitualSteadyState(8) — the state at waking after 23:00–07:00 sleep for ever', () => {
  it('gives TPM S ≈ 13.82 at waking (SPEC: scenario A settles at 13.82) and S ≈ 8.89 at bedtime after 16 h awake', () => {
    expect(steady.tpm.sw).toBeCloseTo(13.82, 2);
    expect(steady.tpm.sw).toBeCloseTo(13.8198, 4);
    expect(steady.tpm.ss).toBeCloseTo(2.4 + (steady.tpm.sw - 2.4) * Math.exp(-0.0353 * 16), 12);
    expect(steady.tpm.ss).toBeCloseTo(8.8919, 4);
  });

  it('gives Unified L ≈ −2.005 and S ≈ −1.524 at waking, as FIPS after 60 days of 23:00–07:00 sleep, to 1e-3', () => {
    expect(Math.abs(steady.unified.l - -2.005)).toBeLessThanOrEqual(1e-3);
    expect(Math.abs(steady.unified.s - -1.524)).toBeLessThanOrEqual(1e-3);
  });

  it('is where the cold start (S0 = 7.96; S0 = L0 = 0) converges: within 1e-5 after 60 days (L keeps e^(−24/97.44) ≈ 0.78 of its gap a day), 1e-9 after 120', () => {
    let sw = T.S0;
    let state = { s: U.S0, l: U.L0 };
    for (let day = 1; day <= 120; day++) {
      sw = tpmSleepS(T, tpmWakeS(T, sw, 16), 8);
      state = unifiedSleep(U, unifiedWake(U, state, 16), 8);
      const tolerance = day === 60 ? 1e-5 : day === 120 ? 1e-9 : undefined;
      if (tolerance === undefined) continue;
      expect(Math.abs(sw - steady.tpm.sw)).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(state.s - steady.unified.s)).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(state.l - steady.unified.l)).toBeLessThanOrEqual(tolerance);
    }
  });

  it('is a fixed point: one more day of 16 h awake and 8 h asleep returns the same state to 1e-9', () => {
    const ss = tpmWakeS(T, steady.tpm.sw, 16);
    expect(Math.abs(ss - steady.tpm.ss)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(tpmSleepS(T, ss, 8) - steady.tpm.sw)).toBeLessThanOrEqual(1e-9);
    const next = unifiedSleep(U, unifiedWake(U, steady.unified, 16), 8);
    expect(Math.abs(next.s - steady.unified.s)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(next.l - steady.unified.l)).toBeLessThanOrEqual(1e-9);
  });

  it('is a fixed point on the epoch grid too: a day 07:00–07:00 with sleep 23:00–07:00 ends where it began, to 1e-9', () => {
    const start = instant(Date.UTC(2026, 0, 5, 7));
    const grid = buildEpochGrid({
      start,
      end: instant(start + 24 * MS_PER_HOUR),
      epochMinutes: 5,
      zone: timeZone('UTC'),
      sleep: [{ start: instant(start + 16 * MS_PER_HOUR), end: instant(start + 24 * MS_PER_HOUR) }],
    });
    const tpm = runTpm(grid, T, steady.tpm);
    const unified = runUnified(grid, U, steady.unified);
    expect(grid.awake[288]).toBe(1);
    expect(Math.abs(tpm.s[288]! - steady.tpm.sw)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(tpm.s[192]! - steady.tpm.ss)).toBeLessThanOrEqual(1e-9); // 23:00, bedtime
    expect(Math.abs(unified.s[288]! - steady.unified.s)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(unified.l[288]! - steady.unified.l)).toBeLessThanOrEqual(1e-9);
  });

  it('is a fixed point for any habitual sleep length from 1 to 23 h, and more sleep gives a higher TPM S and lower Unified S and L at waking', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 23, noNaN: true }), fc.double({ min: 0.25, max: 3, noNaN: true }), (hours, more) => {
        const state = habitualSteadyState(hours, T, U);
        expect(Math.abs(tpmSleepS(T, tpmWakeS(T, state.tpm.sw, 24 - hours), hours) - state.tpm.sw)).toBeLessThanOrEqual(1e-9);
        const next = unifiedSleep(U, unifiedWake(U, state.unified, 24 - hours), hours);
        expect(Math.abs(next.s - state.unified.s)).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(next.l - state.unified.l)).toBeLessThanOrEqual(1e-9);
        if (hours + more <= 23) {
          const longer = habitualSteadyState(hours + more, T, U);
          expect(longer.tpm.sw).toBeGreaterThan(state.tpm.sw);
          expect(longer.unified.l).toBeLessThan(state.unified.l);
          expect(longer.unified.s).toBeLessThan(state.unified.s);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('predictFatigue starts from the habitual steady state', () => {
  const duty = { start: jun(8, 8), end: jun(8, 16) };
  const prediction = predictFatigue({ duties: [duty], zone: CHICAGO, from: duty.start, to: duty.end });

  it('starts at the habitual waking time the day before `from` (07:00), awake, with W = Wc and the steady-state S and L', () => {
    expect(prediction.origin).toBe(jun(7, 7));
    expect(prediction.grid.start).toBe(jun(7, 7));
    expect(prediction.grid.awake[0]).toBe(1);
    expect(statusDurationH(prediction.grid, 0)).toBe(0);
    expect(prediction.tpm.w[0]).toBe(T.Wc);
    expect(prediction.tpm.s[0]).toBeCloseTo(steady.tpm.sw, 12);
    expect(prediction.unified.s[0]).toBeCloseTo(steady.unified.s, 12);
    expect(prediction.unified.l[0]).toBe(steady.unified.l);
  });

  it('is already settled on the first predicted day: KSS 7.02 at 07:00, 4.31 at 08:00, 3.20 at 15:00, 5.62 at 22:55 and lapses −0.203 at 15:00 (SPEC: from day 28)', () => {
    const twoDays = predictFatigue({ duties: [duty], zone: CHICAGO, from: duty.start, to: jun(9, 7) });
    expect(twoDays.grid.count).toBe(2 * 288 + 1);
    const row = (day: number, h: number, m = 0) => (jun(day, h, m) - twoDays.grid.start) / twoDays.grid.epochMs;
    const kss = (day: number, h: number, m = 0) => twoDays.tpm.kss[row(day, h, m)]!;
    for (const day of [7, 8]) {
      expect(kss(day, 7)).toBeCloseTo(7.02, 2);
      expect(kss(day, 8)).toBeCloseTo(4.31, 2);
      expect(kss(day, 15)).toBeCloseTo(3.2, 2);
      expect(twoDays.unified.fatigue[row(day, 15)]).toBeCloseTo(-0.203, 3);
    }
    expect(kss(7, 22, 55)).toBeCloseTo(5.62, 2);
    // Day 2 repeats day 1 to 1e-9: nothing left to settle.
    for (let k = 0; k < 288; k++) {
      expect(Math.abs(twoDays.tpm.kss[k + 288]! - twoDays.tpm.kss[k]!)).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(twoDays.unified.fatigue[k + 288]! - twoDays.unified.fatigue[k]!)).toBeLessThanOrEqual(1e-9);
    }
  });

  it('starts from the steady state of the habitual window the policy sets (22:00–05:00: 7 h, waking at 05:00)', () => {
    const sleep = { ...SLEEP_INFERENCE_DEFAULTS, habitualSleepStart: '22:00', habitualSleepEnd: '05:00' };
    const p = predictFatigue({ duties: [duty], zone: CHICAGO, from: duty.start, to: duty.end, params: { ...FATIGUE_DEFAULTS, sleep } });
    const seven = habitualSteadyState(7, T, U);
    expect(p.origin).toBe(jun(7, 5));
    expect(p.tpm.s[0]).toBeCloseTo(seven.tpm.sw, 12);
    expect(p.unified.l[0]).toBe(seven.unified.l);
    expect(p.tpm.w[0]).toBe(T.Wc);
  });
});
