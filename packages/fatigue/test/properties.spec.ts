import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Instant, MS_PER_HOUR, MS_PER_MINUTE, instant, timeZone } from '@muster/kernel';
import {
  FATIGUE_DEFAULTS,
  type SleepInterval,
  TPM_DEFAULTS,
  UNIFIED_DEFAULTS,
  buildEpochGrid,
  predictFatigue,
  runTpm,
  runUnified,
  statusDurationH,
  tpmC,
  tpmSleepS,
  tpmU,
  unifiedC,
  unifiedSleep,
} from '../src/index.ts';

const T = TPM_DEFAULTS;
const U = UNIFIED_DEFAULTS;

/** Zones with and without daylight saving, whole-hour and fractional offsets, a 30-minute DST shift (Lord Howe). */
const ZONES = ['America/Chicago', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/St_Johns', 'UTC'] as const;

/** Starting points a few days before clock changes in 2026 (and one ordinary day). */
const BASES = [
  Date.UTC(2026, 2, 6, 17, 0), // Chicago springs forward 8 March
  Date.UTC(2026, 9, 30, 3, 17), // Chicago falls back 1 November
  Date.UTC(2026, 2, 27, 11, 0), // London springs forward 29 March
  Date.UTC(2026, 9, 23, 22, 41), // London falls back 25 October
  Date.UTC(2026, 3, 3, 8, 0), // Lord Howe falls back 5 April (by 30 minutes)
  Date.UTC(2026, 5, 15, 0, 0),
];

const finiteDouble = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** Intervals built from (gap before, length) steps in minutes, gaps of 0 included (touching episodes). */
function intervals(base: number, firstOffsetMin: number, steps: readonly (readonly [number, number])[]): SleepInterval[] {
  const out: SleepInterval[] = [];
  let cursor = base + firstOffsetMin * MS_PER_MINUTE;
  steps.forEach(([gap, length], i) => {
    const start = cursor + (i === 0 ? 0 : gap) * MS_PER_MINUTE;
    cursor = start + length * MS_PER_MINUTE;
    out.push({ start: instant(start), end: instant(cursor) });
  });
  return out;
}

function expectAllFinite(columns: Record<string, Float64Array>): void {
  for (const [name, values] of Object.entries(columns)) {
    for (let k = 0; k < values.length; k++) if (!Number.isFinite(values[k]!)) expect.fail(`${name}[${k}] = ${values[k]}`);
  }
}

const roster = fc.record({
  base: fc.constantFrom(...BASES),
  zone: fc.constantFrom(...ZONES),
  epochMinutes: fc.integer({ min: 1, max: 60 }),
  // The first episode may begin before the series start (it is clipped) or long after it.
  firstOffsetMin: fc.integer({ min: -600, max: 2000 }),
  steps: fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 900 })), { maxLength: 12 }),
  tailMin: fc.integer({ min: 0, max: 900 }),
});

describe('TPM: sleep recovery', () => {
  it('never lowers S as a sleep bout goes on, for any S at onset in [la, ha] (tpmSleepS is non-decreasing in t)', () => {
    fc.assert(
      fc.property(finiteDouble(T.la, T.ha), finiteDouble(0, 48), finiteDouble(0, 48), (ss, a, b) => {
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        expect(tpmSleepS(T, ss, t2)).toBeGreaterThanOrEqual(tpmSleepS(T, ss, t1) - 1e-12);
      }),
      { numRuns: 2000 },
    );
  });

  it('crosses the break level continuously: linear and exponential branches agree at t = tb (S = bl)', () => {
    fc.assert(
      fc.property(finiteDouble(T.la, T.bl), (ss) => {
        const k = T.g * (T.bl - T.ha);
        const tb = (T.bl - ss) / k;
        expect(tpmSleepS(T, ss, tb)).toBeCloseTo(T.bl, 12);
        expect(tpmSleepS(T, ss, tb + 1e-9)).toBeCloseTo(T.bl, 8);
      }),
    );
  });

  it('never lowers S from one row to the next inside any sleep bout of any series', () => {
    fc.assert(
      fc.property(roster, finiteDouble(T.la, T.ha), finiteDouble(T.la, T.ha), (r, sw, ss) => {
        const sleep = intervals(r.base, r.firstOffsetMin, r.steps);
        const last = Math.max(r.base, ...sleep.map((s) => s.end));
        const grid = buildEpochGrid({ start: instant(r.base), end: instant(last + r.tailMin * MS_PER_MINUTE), epochMinutes: r.epochMinutes, zone: timeZone(r.zone), sleep });
        const { s } = runTpm(grid, T, { sw, ss });
        for (let k = 1; k < grid.count; k++) {
          if (grid.awake[k] === 0 && grid.boutStart[k] !== k) expect(s[k]!).toBeGreaterThanOrEqual(s[k - 1]! - 1e-12);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('Unified: sleep recovery towards the debt floor L', () => {
  // Valid states: L between its asymptotes −2·U0 (sleep) and U0 (wake); the precondition is S ≥ L.
  const aboveFloor = fc.tuple(finiteDouble(-2 * U.U0, U.U0), finiteDouble(0, 3 * U.U0)).map(([l, gap]) => ({ l, s: l + gap }));

  it('never raises S during sleep while S ≥ L (dS/dt = (L − S)/tau_s ≤ 0)', () => {
    fc.assert(
      fc.property(aboveFloor, finiteDouble(0, 200), finiteDouble(0, 200), (at, a, b) => {
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        expect(unifiedSleep(U, at, t2).s).toBeLessThanOrEqual(unifiedSleep(U, at, t1).s + 1e-9);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the precondition: S that starts a sleep at or above L stays at or above L, while L itself falls', () => {
    fc.assert(
      fc.property(aboveFloor, finiteDouble(0, 200), finiteDouble(0, 200), (at, a, b) => {
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        const x = unifiedSleep(U, at, t1);
        const y = unifiedSleep(U, at, t2);
        expect(x.s).toBeGreaterThanOrEqual(x.l - 1e-9);
        expect(y.l).toBeLessThanOrEqual(x.l + 1e-12);
      }),
      { numRuns: 2000 },
    );
  });

  it('needs the precondition: S below L rises during sleep (it relaxes up to the floor)', () => {
    const at = { s: -20, l: 0 };
    expect(unifiedSleep(U, at, 0.5).s).toBeGreaterThan(at.s);
    expect(unifiedSleep(U, at, 0.5).s).toBeGreaterThan(unifiedSleep(U, at, 0.25).s);
  });

  it('holds S ≥ L on every row of any series from a state with S ≥ L, and S never rises between sleep rows', () => {
    fc.assert(
      fc.property(roster, aboveFloor, (r, initial) => {
        const sleep = intervals(r.base, r.firstOffsetMin, r.steps);
        const last = Math.max(r.base, ...sleep.map((s) => s.end));
        const grid = buildEpochGrid({ start: instant(r.base), end: instant(last + r.tailMin * MS_PER_MINUTE), epochMinutes: r.epochMinutes, zone: timeZone(r.zone), sleep });
        const { s, l } = runUnified(grid, U, initial);
        for (let k = 0; k < grid.count; k++) {
          expect(s[k]!).toBeGreaterThanOrEqual(l[k]! - 1e-9);
          if (k > 0 && grid.awake[k] === 0 && grid.boutStart[k] !== k) expect(s[k]!).toBeLessThanOrEqual(s[k - 1]! + 1e-9);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('circadian terms', () => {
  const tod = finiteDouble(0, 24);

  it('TPM C is 24-h periodic: C(tod) = C(tod + 24) = C(tod + 48) to 1e-12', () => {
    fc.assert(
      fc.property(tod, (t) => {
        expect(Math.abs(tpmC(T, t + 24) - tpmC(T, t))).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(tpmC(T, t + 48) - tpmC(T, t))).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 1000 },
    );
  });

  it('TPM U is 12-h periodic (so also 24-h): U(tod) = U(tod + 12) = U(tod + 24) = U(tod + 48) to 1e-12', () => {
    fc.assert(
      fc.property(tod, (t) => {
        for (const shift of [12, 24, 48]) expect(Math.abs(tpmU(T, t + shift) - tpmU(T, t))).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 1000 },
    );
  });

  it('Unified C is 24-h periodic: C(tod) = C(tod + 24) = C(tod + 48) to 1e-12', () => {
    fc.assert(
      fc.property(tod, (t) => {
        expect(Math.abs(unifiedC(U, t + 24) - unifiedC(U, t))).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(unifiedC(U, t + 48) - unifiedC(U, t))).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 1000 },
    );
  });

  it('stays periodic for any phase parameters (TPM acrophase p, Unified phi)', () => {
    fc.assert(
      fc.property(tod, finiteDouble(0, 24), finiteDouble(-12, 12), (t, p, phi) => {
        const tpm = { ...T, p };
        const unified = { ...U, phi };
        expect(Math.abs(tpmC(tpm, t + 24) - tpmC(tpm, t))).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(tpmU(tpm, t + 12) - tpmU(tpm, t))).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(unifiedC(unified, t + 24) - unifiedC(unified, t))).toBeLessThanOrEqual(1e-12);
      }),
    );
  });

  it('has the documented TPM extremes: C peaks at +2.5 at 16:48 and is −2.5 at 04:48; U is 0 at 07:48 and 19:48, −1 at 01:48 and 13:48', () => {
    expect(tpmC(T, 16.8)).toBeCloseTo(2.5, 12);
    expect(tpmC(T, 4.8)).toBeCloseTo(-2.5, 12);
    expect(tpmU(T, 7.8)).toBeCloseTo(0, 12);
    expect(tpmU(T, 19.8)).toBeCloseTo(0, 12);
    expect(tpmU(T, 1.8)).toBeCloseTo(-1, 12);
    expect(tpmU(T, 13.8)).toBeCloseTo(-1, 12);
  });
});

describe('no NaN or infinity for any valid input', () => {
  it('runTpm and runUnified give finite values in every column for random sleep, epochs of 1–60 min, zones with DST and any valid initial state', () => {
    fc.assert(
      fc.property(roster, finiteDouble(T.la, T.ha), finiteDouble(T.la, T.ha), finiteDouble(-2 * U.U0, U.U0), finiteDouble(-2 * U.U0, U.U0), (r, sw, ss, us, ul) => {
        const sleep = intervals(r.base, r.firstOffsetMin, r.steps);
        const last = Math.max(r.base, ...sleep.map((s) => s.end));
        const grid = buildEpochGrid({ start: instant(r.base), end: instant(last + r.tailMin * MS_PER_MINUTE), epochMinutes: r.epochMinutes, zone: timeZone(r.zone), sleep });
        expect(grid.count).toBe(Math.floor((last + r.tailMin * MS_PER_MINUTE - r.base) / (r.epochMinutes * MS_PER_MINUTE)) + 1);
        for (let k = 0; k < grid.count; k++) {
          const tod = grid.timeOfDayH[k]!;
          expect(tod >= 0 && tod < 24).toBe(true);
          expect(Number.isFinite(statusDurationH(grid, k))).toBe(true);
        }
        const tpm = runTpm(grid);
        const tpmWarm = runTpm(grid, T, { sw, ss });
        const unified = runUnified(grid);
        const unifiedWarm = runUnified(grid, U, { s: us, l: ul });
        for (const series of [tpm, tpmWarm]) expectAllFinite({ s: series.s, c: series.c, u: series.u, w: series.w, alertness: series.alertness, kss: series.kss });
        for (const series of [unified, unifiedWarm]) expectAllFinite({ s: series.s, l: series.l, c: series.c, w: series.w, fatigue: series.fatigue });
      }),
      { numRuns: 200 },
    );
  });

  it('predictFatigue gives finite values in every column and well-formed assumed sleep for random rosters (touching duties, any epoch, DST zones, logged sleep)', () => {
    const dutySteps = fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 15, max: 1200 })), { minLength: 1, maxLength: 15 });
    const logged = fc.option(
      fc.tuple(fc.integer({ min: -1440, max: 4000 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 5, max: 720 })), { minLength: 1, maxLength: 4 })),
      {
        nil: undefined,
      },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...BASES),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 60 }),
        dutySteps,
        logged,
        fc.integer({ min: 0, max: 1440 }),
        (base, zoneName, epochMinutes, steps, log, tailMin) => {
          const zone = timeZone(zoneName);
          const duties = intervals(base, 0, steps);
          const from = duties[0]!.start;
          const to = instant(duties[duties.length - 1]!.end + tailMin * MS_PER_MINUTE);
          const loggedSleep = log === undefined ? undefined : intervals(base, log[0], log[1]);
          const prediction = predictFatigue({
            duties,
            zone,
            from,
            to,
            ...(loggedSleep ? { loggedSleep } : {}),
            params: { ...FATIGUE_DEFAULTS, epochMinutes },
          });
          expect(prediction.origin).toBeLessThanOrEqual(from);
          expect(prediction.grid.start + (prediction.grid.count - 1) * prediction.grid.epochMs).toBeLessThanOrEqual(to);
          expect(prediction.grid.start + prediction.grid.count * prediction.grid.epochMs).toBeGreaterThan(to);
          const { tpm, unified } = prediction;
          expectAllFinite({ s: tpm.s, c: tpm.c, u: tpm.u, w: tpm.w, alertness: tpm.alertness, kss: tpm.kss });
          expectAllFinite({ us: unified.s, l: unified.l, uc: unified.c, uw: unified.w, fatigue: unified.fatigue });
          for (const episode of prediction.sleep) expect(episode.end).toBeGreaterThan(episode.start);
          const inferred = prediction.sleep.filter((s) => s.source === 'inferred');
          for (let i = 1; i < inferred.length; i++) expect(inferred[i]!.start).toBeGreaterThan(inferred[i - 1]!.end);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('handles a series of a single row and a series with no sleep at all', () => {
    const zone = timeZone('America/Chicago');
    const at = instant(Date.UTC(2026, 2, 8, 8, 0) as Instant);
    const one = buildEpochGrid({ start: at, end: at, epochMinutes: 5, zone, sleep: [] });
    expect(one.count).toBe(1);
    expect(Number.isFinite(runTpm(one).kss[0]!)).toBe(true);
    const day = buildEpochGrid({ start: at, end: instant(at + 72 * MS_PER_HOUR), epochMinutes: 5, zone, sleep: [] });
    const tpm = runTpm(day);
    const unified = runUnified(day);
    expectAllFinite({ kss: tpm.kss, fatigue: unified.fatigue });
    // Three days awake: S falls towards la = 2.4 but never below it; Unified S rises towards U0 but never above it.
    expect(Math.min(...tpm.s)).toBeGreaterThan(T.la);
    expect(Math.max(...unified.s)).toBeLessThan(U.U0);
  });
});
