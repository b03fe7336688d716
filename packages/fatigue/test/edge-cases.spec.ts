/**
 * SPEC section 5: one `describe` per edge case, each naming the decision muster's engine takes.
 * Expected values are computed here from the SPEC's equations with literal FIPS defaults
 * (independently of the engine's bout functions) or from the sleep-inference rules by hand.
 */
import { describe, expect, it } from 'vitest';
import { type Instant, MS_PER_HOUR, type TimeZone, instant, timeZone } from '@muster/kernel';
import {
  SLEEP_INFERENCE_DEFAULTS,
  type SleepInterval,
  TPM_DEFAULTS,
  UNIFIED_DEFAULTS,
  buildEpochGrid,
  habitualSteadyState,
  inferSleep,
  predictDutyFatigue,
  predictFatigue,
  runTpm,
  runUnified,
  statusDurationH,
  summarizeDuties,
  unifiedC,
  unifiedSleep,
  unifiedWake,
} from '../src/index.ts';

// ---- The SPEC's equations with FIPS's default constants, written out by hand. ----
const LA = 2.4;
const HA = 14.3;
const D = -0.0353;
const G = Math.log((14.3 - 14) / (14.3 - 7.96)) / 8;
const BL = 12.2;
const K = G * (BL - HA); // 0.80085 per hour
const WC = -5.72;
const WD = -1.51;
const S0 = 7.96;
const wakeS = (sw: number, t: number): number => LA + (sw - LA) * Math.exp(D * t);
const sleepS = (ss: number, t: number): number => {
  const tb = (BL - ss) / K;
  return t <= tb ? ss + K * t : HA - (HA - BL) * Math.exp(G * (t - tb));
};
const handC = (tod: number): number => 2.5 * Math.cos((2 * Math.PI * (tod - 16.8)) / 24);
const handU = (tod: number): number => -0.5 + 0.5 * Math.cos((2 * Math.PI * (tod - 16.8 - 3)) / 12);
const handW = (t: number): number => WC * Math.exp(WD * t);
const handKss = (s: number, tod: number, w: number): number => 10.6 - 0.6 * (s + handC(tod) + handU(tod) + w);
const handUnifiedC = (tod: number): number => [0.97, 0.22, 0.07, 0.03, 0.0001].reduce((sum, a, i) => sum + a * Math.sin((2 * Math.PI * (i + 1) * (tod + 2.02)) / 24), 0);

// ---- Time helpers ----
const UTC = timeZone('UTC');
const CHICAGO = timeZone('America/Chicago');
/** 2026-01-<day> hh:mm UTC (the references' "wall clock read as UTC"). */
const jan = (day: number, h: number, m = 0): Instant => instant(Date.UTC(2026, 0, day, h, m));
/** A local wall-clock time in a zone (must exist). */
function local(zone: TimeZone, month: number, day: number, h: number, m = 0): Instant {
  const at = zone.toInstant(Date.UTC(2026, month - 1, day, h, m));
  if (at === undefined) throw new Error('no such local time');
  return at;
}
/** "MM-DD hh:mm" of an instant on a zone's local clock. */
function clock(zone: TimeZone, at: number): string {
  return new Date(zone.toWallClock(instant(at))).toISOString().slice(5, 16).replace('T', ' ');
}
const rowOf = (grid: { start: number; epochMs: number }, at: number): number => (at - grid.start) / grid.epochMs;
const utcGrid = (start: Instant, end: Instant, sleep: SleepInterval[], epochMinutes = 5) => buildEpochGrid({ start, end, epochMinutes, zone: UTC, sleep });
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

describe('§5.1 series start — decision: the initial state applies at row 0 in either status; an awake start has full sleep inertia (as FIPS)', () => {
  it('a series that starts awake has TPM S = S0 = 7.96, W = Wc = −5.72 and status duration 0 at row 0, and Unified S = L = 0', () => {
    const grid = utcGrid(jan(5, 7), jan(5, 12), []);
    const tpm = runTpm(grid);
    const unified = runUnified(grid);
    expect(grid.awake[0]).toBe(1);
    expect(statusDurationH(grid, 0)).toBe(0);
    expect(tpm.s[0]).toBeCloseTo(S0, 14); // la + (S0 − la)·e^0
    expect(tpm.w[0]).toBe(WC);
    expect(tpm.kss[0]).toBeCloseTo(handKss(S0, 7, WC), 12);
    expect([unified.s[0], unified.l[0], unified.w[0]]).toEqual([0, 0, 1.14]);
    // One hour later S has fallen from S0 as a waking bout would from 7.96.
    expect(tpm.s[12]).toBeCloseTo(wakeS(S0, 1), 12);
  });

  it('a series that starts asleep has TPM S = S0 = 7.96 and W = 0 at row 0, Unified S = L = 0, and wakes with S from a sleep begun at the series start', () => {
    const grid = utcGrid(jan(5, 0), jan(5, 9), [{ start: jan(5, 0), end: jan(5, 7) }]);
    const tpm = runTpm(grid);
    const unified = runUnified(grid);
    expect(grid.awake[0]).toBe(0);
    expect([tpm.s[0], tpm.w[0]]).toEqual([S0, 0]);
    expect([unified.s[0], unified.l[0], unified.w[0]]).toEqual([0, 0, 0]);
    // Waking at 07:00 (row 84) after 7 h: break time (12.2 − 7.96)/0.80085 = 5.294 h, then exponential.
    expect(tpm.s[84]).toBeCloseTo(sleepS(S0, 7), 12);
    expect(tpm.s[84]).toBeCloseTo(13.2042, 4);
    expect(tpm.w[84]).toBe(WC);
  });

  it('a given initial state is S at waking for an awake start and S at sleep onset for an asleep start', () => {
    const initial = { sw: 13, ss: 9 };
    expect(runTpm(utcGrid(jan(5, 7), jan(5, 8), []), TPM_DEFAULTS, initial).s[0]).toBe(13);
    expect(runTpm(utcGrid(jan(5, 0), jan(5, 8), [{ start: jan(5, 0), end: jan(5, 7) }]), TPM_DEFAULTS, initial).s[0]).toBe(9);
  });

  it('predictFatigue: an officer still asleep at the origin (logged sleep to 07:05) is not predicted sleepier later that day than one who woke at 07:00', () => {
    // The origin is the habitual waking (07:00) the day before `from`. Sleeping five minutes longer
    // can only add recovery; the noon KSS must not rise. (The engine restarts TPM sleep at the
    // origin from the steady state's bedtime S (8.89) instead of continuing from 13.82.)
    const zone = CHICAGO;
    const duty = { start: local(zone, 6, 8, 8), end: local(zone, 6, 8, 16) };
    const noonKss = (wakeMinute: number): number => {
      const p = predictFatigue({ duties: [duty], zone, from: duty.start, to: duty.end, loggedSleep: [{ start: local(zone, 6, 6, 23), end: local(zone, 6, 7, 7, wakeMinute) }] });
      return p.tpm.kss[rowOf(p.grid, local(zone, 6, 7, 12))]!;
    };
    expect(noonKss(0)).toBeCloseTo(3.4314, 3);
    expect(noonKss(5)).toBeLessThanOrEqual(noonKss(0) + 0.05);
  });
});

describe('§5.2 sleep end is exclusive — decision: an episode marks [start, end) asleep; every awakening, however short, restarts W at Wc', () => {
  it('the epoch at the sleep end time is the first awake one, with status duration 0 and W = Wc', () => {
    const grid = utcGrid(jan(5, 0), jan(5, 8), [{ start: jan(5, 0), end: jan(5, 7) }]);
    const tpm = runTpm(grid);
    expect(grid.awake[83]).toBe(0); // 06:55
    expect(grid.awake[84]).toBe(1); // 07:00
    expect(statusDurationH(grid, 83)).toBeCloseTo(6 + 55 / 60, 12);
    expect(statusDurationH(grid, 84)).toBe(0);
    expect(tpm.w[83]).toBe(0);
    expect(tpm.w[84]).toBe(WC);
    expect(range(0, grid.count).filter((k) => grid.awake[k] === 0)).toHaveLength(84);
  });

  it('a 10-minute awakening (sleep 23:00–03:00 and 03:10–07:00) is exactly two awake epochs; W resets to Wc at the first and S carries on across it', () => {
    const grid = utcGrid(jan(5, 22), jan(6, 8), [
      { start: jan(5, 23), end: jan(6, 3) },
      { start: jan(6, 3, 10), end: jan(6, 7) },
    ]);
    const tpm = runTpm(grid);
    const i = rowOf(grid, jan(6, 3)); // 60
    expect(i).toBe(60);
    expect(range(12, 108).filter((k) => grid.awake[k] === 1)).toEqual([60, 61]); // 23:00 to 07:00
    expect(tpm.w[60]).toBe(WC);
    expect(tpm.w[61]).toBeCloseTo(WC * Math.exp(WD / 12), 12);
    // Cold start awake at 22:00 (S0), asleep at 23:00, 4 h of linear recovery, woken at 03:00.
    const ss = wakeS(S0, 1);
    const sw = sleepS(ss, 4);
    expect(tpm.s[60]).toBeCloseTo(sw, 12);
    expect(sw).toBeCloseTo(ss + 4 * K, 12);
    expect(tpm.kss[60]).toBeCloseTo(handKss(sw, 3, WC), 12);
    expect(tpm.kss[60]).toBeCloseTo(9.3289, 4);
    // Back to sleep at 03:10 from S after 10 min awake: status duration restarts, no jump (S < 12.2).
    expect(statusDurationH(grid, 62)).toBe(0);
    expect(tpm.s[62]).toBeCloseTo(wakeS(sw, 10 / 60), 12);
  });
});

describe('§5.3 short naps and naps when S > bl — decision: reproduce FIPS, including the discontinuity at nap onset', () => {
  const steady = habitualSteadyState(8, TPM_DEFAULTS, UNIFIED_DEFAULTS).tpm;

  it('a nap 1 h after a steady-state waking (S = 13.4237 > 12.2) has a negative break time, so S jumps at onset to the exponential branch: 13.1274, below the S it fell asleep with', () => {
    const grid = utcGrid(jan(5, 7), jan(5, 10), [{ start: jan(5, 8), end: jan(5, 8, 30) }]);
    const tpm = runTpm(grid, TPM_DEFAULTS, steady);
    const ss = wakeS(steady.sw, 1);
    const tb = (BL - ss) / K;
    expect(ss).toBeCloseTo(13.4237, 4);
    expect(tb).toBeLessThan(0);
    expect(tb).toBeCloseTo(-1.5281, 4);
    const onset = HA - (HA - BL) * Math.exp(G * (0 - tb));
    expect(tpm.s[12]).toBeCloseTo(onset, 12);
    expect(tpm.s[12]).toBeCloseTo(13.1274, 4);
    expect(tpm.s[12]).toBeGreaterThan(BL);
    expect(tpm.s[12]).toBeLessThan(ss); // the jump is downwards: the exponential lies below its tangent line
    expect(ss - tpm.s[12]!).toBeCloseTo(0.2963, 4);
    expect(tpm.s[11]! - tpm.s[12]!).toBeCloseTo(0.3288, 4); // 07:55 to 08:00
    // The continuous alternative ha − (ha − Ss)·e^(g·t) would start the nap at Ss itself.
    expect(HA - (HA - ss) * Math.exp(G * 0)).toBe(ss);
    // Wakes at 08:30 with full inertia again.
    expect(grid.awake[18]).toBe(1);
    expect(tpm.w[18]).toBe(WC);
    expect(tpm.s[18]).toBeCloseTo(HA - (HA - BL) * Math.exp(G * (0.5 - tb)), 12);
  });

  it('a nap with S below 12.2 (15:00, 8 h after waking) starts continuously at the S it fell asleep with and rises linearly at 0.80085/h', () => {
    const grid = utcGrid(jan(5, 7), jan(5, 16), [{ start: jan(5, 15), end: jan(5, 15, 20) }]);
    const tpm = runTpm(grid, TPM_DEFAULTS, steady);
    const ss = wakeS(steady.sw, 8);
    expect(ss).toBeCloseTo(11.0102, 4);
    expect(tpm.s[96]).toBeCloseTo(ss, 12);
    expect(tpm.s[99]).toBeCloseTo(ss + K * 0.25, 12);
    expect(grid.awake[100]).toBe(1);
    expect(tpm.w[100]).toBe(WC);
  });

  it('a 5-minute nap is one sleep epoch and still resets inertia; a nap that rounds to zero length (12:01–12:02) is no sleep at all', () => {
    const one = utcGrid(jan(5, 7), jan(5, 13), [{ start: jan(5, 12), end: jan(5, 12, 5) }]);
    expect(range(0, one.count).filter((k) => one.awake[k] === 0)).toEqual([60]);
    expect(runTpm(one, TPM_DEFAULTS, steady).w[61]).toBe(WC);
    const none = utcGrid(jan(5, 7), jan(5, 13), [{ start: jan(5, 12, 1), end: jan(5, 12, 2) }]);
    expect(none.awake.every((a) => a === 1)).toBe(true);
  });
});

describe('§5.4 touching or overlapping sleep episodes — decision: merge them into one bout (their union), never double count, in any order', () => {
  const single = utcGrid(jan(5, 22), jan(6, 8), [{ start: jan(5, 23), end: jan(6, 7) }]);
  const same = (grid: ReturnType<typeof utcGrid>) => {
    expect(grid.awake).toEqual(single.awake);
    expect(grid.boutStart).toEqual(single.boutStart);
    expect(runTpm(grid)).toEqual(runTpm(single));
    expect(runUnified(grid)).toEqual(runUnified(single));
  };

  it('touching episodes 23:00–03:00 and 03:00–07:00 are one bout: status duration keeps counting across 03:00 (7.9167 h at 06:55)', () => {
    const grid = utcGrid(jan(5, 22), jan(6, 8), [
      { start: jan(5, 23), end: jan(6, 3) },
      { start: jan(6, 3), end: jan(6, 7) },
    ]);
    expect(statusDurationH(grid, rowOf(grid, jan(6, 3)))).toBe(4);
    expect(statusDurationH(grid, rowOf(grid, jan(6, 6, 55)))).toBeCloseTo(7 + 55 / 60, 12);
    same(grid);
  });

  it('overlapping episodes 23:00–04:00 and 02:00–07:00, a nested episode and unsorted input all give exactly the single 23:00–07:00 night (96 sleep epochs)', () => {
    same(
      utcGrid(jan(5, 22), jan(6, 8), [
        { start: jan(5, 23), end: jan(6, 4) },
        { start: jan(6, 2), end: jan(6, 7) },
      ]),
    );
    same(
      utcGrid(jan(5, 22), jan(6, 8), [
        { start: jan(5, 23), end: jan(6, 7) },
        { start: jan(6, 1), end: jan(6, 2) },
      ]),
    );
    same(
      utcGrid(jan(5, 22), jan(6, 8), [
        { start: jan(6, 3), end: jan(6, 7) },
        { start: jan(5, 23), end: jan(6, 3) },
      ]),
    );
    expect(range(0, single.count).filter((k) => single.awake[k] === 0)).toHaveLength(96);
  });

  it('a gap of one epoch (03:00–03:05) keeps two bouts; an inverted episode (end before start) marks nothing', () => {
    const gap = utcGrid(jan(5, 22), jan(6, 8), [
      { start: jan(5, 23), end: jan(6, 3) },
      { start: jan(6, 3, 5), end: jan(6, 7) },
    ]);
    expect(gap.awake[60]).toBe(1);
    expect(statusDurationH(gap, 61)).toBe(0);
    const inverted = utcGrid(jan(5, 22), jan(6, 8), [{ start: jan(6, 7), end: jan(5, 23) }]);
    expect(inverted.awake.every((a) => a === 1)).toBe(true);
  });
});

describe('§5.5 times off the epoch grid — decision: sleep start and end round to the nearest epoch of the series (half an epoch rounds up)', () => {
  const firstAwake = (end: Instant, seriesStart = jan(5, 0)): string => {
    const grid = buildEpochGrid({ start: seriesStart, end: jan(5, 9), epochMinutes: 5, zone: UTC, sleep: [{ start: seriesStart, end }] });
    return clock(UTC, grid.start + grid.awake.indexOf(1) * grid.epochMs);
  };

  it('with 5-min epochs a sleep ending 07:02 ends at 07:00 and one ending 07:03 ends at 07:05; 07:02:30 rounds up to 07:05', () => {
    expect(firstAwake(jan(5, 7, 2))).toBe('01-05 07:00');
    expect(firstAwake(jan(5, 7, 3))).toBe('01-05 07:05');
    expect(firstAwake(instant(jan(5, 7, 2) + 30_000))).toBe('01-05 07:05');
  });

  it('sleep starts round the same way: 23:02 → 23:00 and 23:03 → 23:05, so the bout lengths are 8 h 00 and 7 h 55', () => {
    for (const [minute, first, length] of [
      [2, 276, 96],
      [3, 277, 95],
    ] as const) {
      const grid = utcGrid(jan(5, 0), jan(6, 9), [{ start: jan(5, 23, minute), end: jan(6, 7) }]);
      const asleep = range(0, grid.count).filter((k) => grid.awake[k] === 0);
      expect(asleep[0]).toBe(first);
      expect(asleep).toHaveLength(length);
    }
  });

  it('the epochs are counted from the series start, not the clock: a series starting 00:01 wakes at 07:01 for a sleep ending 07:02', () => {
    expect(firstAwake(jan(5, 7, 2), jan(5, 0, 1))).toBe('01-05 07:01');
  });

  it('with 15-min epochs a sleep ending 07:07 ends at 07:00 and one ending 07:08 ends at 07:15', () => {
    const first = (end: Instant): string => {
      const grid = utcGrid(jan(5, 0), jan(5, 9), [{ start: jan(5, 0), end }], 15);
      return clock(UTC, grid.start + grid.awake.indexOf(1) * grid.epochMs);
    };
    expect(first(jan(5, 7, 7))).toBe('01-05 07:00');
    expect(first(jan(5, 7, 8))).toBe('01-05 07:15');
  });
});

describe('§5.6 KSS outside 1–9 and negative lapses — decision: the models are not clamped (clamp for display only)', () => {
  it('KSS exceeds 9 after a long wake: 45 h awake from a cold start at 07:00 gives KSS 10.368 at 04:00', () => {
    const grid = utcGrid(jan(5, 7), jan(7, 7), []);
    const tpm = runTpm(grid);
    const k = rowOf(grid, jan(7, 4));
    const expected = handKss(wakeS(S0, 45), 4, handW(45));
    expect(tpm.kss[k]).toBeCloseTo(expected, 10);
    expect(tpm.kss[k]).toBeCloseTo(10.3679, 4);
    expect(Math.max(...tpm.kss)).toBeGreaterThan(9);
  });

  it('KSS exceeds 9 at the first row of a series that starts awake (full inertia on S0): 10.540 at 07:00', () => {
    const tpm = runTpm(utcGrid(jan(5, 7), jan(5, 8), []));
    expect(tpm.kss[0]).toBeCloseTo(handKss(S0, 7, WC), 12);
    expect(tpm.kss[0]).toBeCloseTo(10.5399, 4);
  });

  it('predicted lapses are negative for a rested person: −0.2031 at 15:00 in the steady state of 23:00–07:00 sleep, and −1.3122 on the cold-start day 1 of the references', () => {
    const zone = CHICAGO;
    const duty = { start: local(zone, 6, 8, 8), end: local(zone, 6, 8, 16) };
    const p = predictFatigue({ duties: [duty], zone, from: duty.start, to: duty.end });
    expect(p.unified.fatigue[rowOf(p.grid, local(zone, 6, 8, 15))]).toBeCloseTo(-0.2031, 4);
    // Cold start (S0 = L0 = 0) asleep at 00:00, awake at 07:00: fatigue at 15:00 from the equations.
    const grid = utcGrid(jan(5, 0), jan(5, 16), [{ start: jan(5, 0), end: jan(5, 7) }]);
    const atWake = unifiedSleep(UNIFIED_DEFAULTS, { s: 0, l: 0 }, 7);
    const expected = unifiedWake(UNIFIED_DEFAULTS, atWake, 8).s + 4.13 * handUnifiedC(15);
    const fatigue = runUnified(grid).fatigue[rowOf(grid, jan(5, 15))]!;
    expect(fatigue).toBeCloseTo(expected, 10);
    expect(fatigue).toBeCloseTo(-1.3122, 4); // reference A_day_worker_unified.csv, 2026-01-05T15:00
  });
});

describe('§5.7 outputs during sleep — decision: every row has values, but duty summaries use awake on-duty epochs only (an epoch is on duty when its start is in [start, end))', () => {
  // Night duty 22:00–08:00 with a logged sleep on duty 02:00–04:00.
  const grid = utcGrid(jan(5, 7), jan(6, 9), [{ start: jan(6, 2), end: jan(6, 4) }]);
  const tpm = runTpm(grid);
  const unified = runUnified(grid);
  const duty = { start: jan(5, 22), end: jan(6, 8) };

  it('sleep epochs carry finite S, KSS and lapses (W = 0), as in FIPS', () => {
    for (const k of range(rowOf(grid, jan(6, 2)), rowOf(grid, jan(6, 4)))) {
      expect(grid.awake[k]).toBe(0);
      expect(tpm.w[k]).toBe(0);
      expect(Number.isFinite(tpm.kss[k]!) && Number.isFinite(unified.fatigue[k]!)).toBe(true);
    }
  });

  it('the duty has 120 epochs, 96 of them awake; its max and mean KSS and lapses come from those 96 alone', () => {
    const [summary] = summarizeDuties({ grid, tpm, unified }, [duty]);
    const onDuty = range(rowOf(grid, duty.start), rowOf(grid, duty.end));
    const awake = onDuty.filter((k) => grid.awake[k] === 1);
    expect(summary!.epochsOnDuty).toBe(120);
    expect(summary!.awakeEpochsOnDuty).toBe(96);
    const mean = (ks: number[], xs: Float64Array) => ks.reduce((a, k) => a + xs[k]!, 0) / ks.length;
    expect(summary!.meanKss).toBeCloseTo(mean(awake, tpm.kss), 12);
    expect(summary!.meanLapses).toBeCloseTo(mean(awake, unified.fatigue), 12);
    expect(Math.abs(summary!.meanKss - mean(onDuty, tpm.kss))).toBeGreaterThan(0.01);
    expect(summary!.maxKss).toBe(Math.max(...awake.map((k) => tpm.kss[k]!)));
    expect(summary!.maxLapses).toBe(Math.max(...awake.map((k) => unified.fatigue[k]!)));
    expect(summary!.minAlertness).toBe(Math.min(...awake.map((k) => tpm.alertness[k]!)));
    // The peak is the waking at 04:00 on duty (full inertia); 4 h awake at the duty's end.
    expect(summary!.maxKssAt).toBe(jan(6, 4));
    expect(summary!.hoursAwakeAtMaxKss).toBe(0);
    expect(summary!.hoursAwakeAtEnd).toBe(4);
  });

  it('a duty slept through has no awake epochs: its KSS and lapse figures are NaN, not the sleep values', () => {
    const [summary] = summarizeDuties({ grid, tpm, unified }, [{ start: jan(6, 2), end: jan(6, 4) }]);
    expect(summary!.epochsOnDuty).toBe(24);
    expect(summary!.awakeEpochsOnDuty).toBe(0);
    expect(summary!.maxKss).toBeNaN();
    expect(summary!.meanLapses).toBeNaN();
    expect(summary!.hoursAwakeAtEnd).toBe(0); // awake again at 04:00, the duty's end
  });

  it('a duty ending 16:02 includes the epoch starting 16:00 (97 epochs); one starting 08:03 begins with the 08:05 epoch (95)', () => {
    const day = utcGrid(jan(5, 7), jan(5, 17), []);
    const series = { grid: day, tpm: runTpm(day), unified: runUnified(day) };
    const [late, early] = summarizeDuties(series, [
      { start: jan(5, 8), end: jan(5, 16, 2) },
      { start: jan(5, 8, 3), end: jan(5, 16) },
    ]);
    expect(late!.epochsOnDuty).toBe(97);
    expect(early!.epochsOnDuty).toBe(95);
  });
});

describe('§5.8 sleep inertia — decision: inertia is part of KSS (W), so the KSS rules see it; there is no separate inertia flag', () => {
  const steady = habitualSteadyState(8, TPM_DEFAULTS, UNIFIED_DEFAULTS).tpm;

  it('W is −5.72 at waking, −1.26 after 1 h, −0.28 after 2 h, −0.06 after 3 h', () => {
    const grid = utcGrid(jan(5, 7), jan(5, 10), []);
    const w = runTpm(grid).w;
    expect([w[0], w[12], w[24], w[36]].map((x) => Math.round(x! * 100) / 100)).toEqual([-5.72, -1.26, -0.28, -0.06]);
  });

  it('a day worker (steady state, 23:00–07:00) is sleepier at waking than 1 h later: KSS 7.02 at 07:00 > 4.31 at 08:00 > 3.20 at 15:00', () => {
    const zone = CHICAGO;
    const duty = { start: local(zone, 6, 8, 8), end: local(zone, 6, 8, 16) };
    const p = predictFatigue({ duties: [duty], zone, from: duty.start, to: duty.end });
    const kssAt = (h: number) => p.tpm.kss[rowOf(p.grid, local(zone, 6, 8, h))]!;
    expect(kssAt(7)).toBeCloseTo(handKss(steady.sw, 7, WC), 10);
    expect(kssAt(7)).toBeCloseTo(7.02, 2);
    expect(kssAt(8)).toBeCloseTo(handKss(wakeS(steady.sw, 1), 8, handW(1)), 10);
    expect(kssAt(8)).toBeCloseTo(4.31, 2);
    expect(kssAt(15)).toBeCloseTo(3.2, 2);
    expect(kssAt(7)).toBeGreaterThan(kssAt(8));
    // The 08:00–16:00 duty peaks at its first epoch, one hour after waking.
    const [summary] = predictDutyFatigue({ duties: [duty], zone, from: duty.start, to: duty.end });
    expect(summary!.maxKssAt).toBe(duty.start);
    expect(summary!.hoursAwakeAtMaxKss).toBe(1);
    expect(summary!.maxKss).toBeCloseTo(4.31, 2);
  });

  it('a duty that starts the moment the officer wakes (logged sleep 23:00–07:00, duty 07:00–15:00) peaks at its first epoch with KSS 7.02 ≥ 7, through W alone', () => {
    const zone = CHICAGO;
    const duty = { start: local(zone, 6, 8, 7), end: local(zone, 6, 8, 15) };
    const input = { duties: [duty], zone, from: duty.start, to: duty.end, loggedSleep: [{ start: local(zone, 6, 7, 23), end: local(zone, 6, 8, 7) }] };
    const [summary] = predictDutyFatigue(input);
    expect(summary!.maxKssAt).toBe(duty.start);
    expect(summary!.hoursAwakeAtMaxKss).toBe(0);
    expect(summary!.maxKss).toBeCloseTo(handKss(steady.sw, 7, WC), 9);
    expect(summary!.maxKss).toBeGreaterThanOrEqual(7);
    const [full] = summarizeDuties(predictFatigue(input), [duty]);
    expect(full!.maxKss).toBeCloseTo(summary!.maxKss, 9);
  });
});

describe('§5.9 daylight saving in America/Chicago — decision: step in elapsed time, read time of day from the local clock (as FIPS); status duration is elapsed time', () => {
  it('across the spring-forward night (8 March 2026) a 22:00–09:00 series has 121 rows, not the 133 the wall clock suggests; time of day jumps 1.9167 → 3.0', () => {
    const start = local(CHICAGO, 3, 7, 22);
    const grid = buildEpochGrid({
      start,
      end: local(CHICAGO, 3, 8, 9),
      epochMinutes: 5,
      zone: CHICAGO,
      sleep: [{ start: local(CHICAGO, 3, 7, 23), end: local(CHICAGO, 3, 8, 7) }],
    });
    expect(grid.count).toBe(121);
    expect(grid.timeOfDayH[47]).toBeCloseTo(1 + 55 / 60, 12);
    expect(grid.timeOfDayH[48]).toBe(3);
    // Asleep since 23:00 (row 12): at 03:00 CDT three elapsed hours, though the clock moved four.
    expect(statusDurationH(grid, 48)).toBe(3);
    // The night 23:00–07:00 is 7 elapsed hours: 84 sleep epochs; 6.9167 h asleep at 06:55.
    expect(range(0, grid.count).filter((k) => grid.awake[k] === 0)).toHaveLength(84);
    expect(statusDurationH(grid, 95)).toBeCloseTo(6 + 55 / 60, 12);
    expect(grid.awake[96]).toBe(1);
    expect(clock(CHICAGO, grid.start + 96 * grid.epochMs)).toBe('03-08 07:00');
    // The circadian terms read the local clock; S sees 7 h of sleep.
    const tpm = runTpm(grid);
    expect(tpm.c[48]).toBeCloseTo(handC(3), 12);
    expect(tpm.u[48]).toBeCloseTo(handU(3), 12);
    expect(tpm.s[96]).toBeCloseTo(sleepS(wakeS(S0, 1), 7), 12);
  });

  it('across the fall-back night (1 November 2026) a 22:00–06:00 series has 109 rows, and the clock times 01:00–01:55 occur twice with equal C', () => {
    const grid = buildEpochGrid({
      start: local(CHICAGO, 10, 31, 22),
      end: local(CHICAGO, 11, 1, 6),
      epochMinutes: 5,
      zone: CHICAGO,
      sleep: [{ start: local(CHICAGO, 10, 31, 23), end: local(CHICAGO, 11, 1, 6) }],
    });
    expect(grid.count).toBe(109);
    const oneOClock = range(0, grid.count).filter((k) => grid.timeOfDayH[k]! >= 1 && grid.timeOfDayH[k]! < 2);
    expect(oneOClock).toEqual([...range(36, 48), ...range(48, 60)]);
    expect(grid.timeOfDayH[47]).toBeCloseTo(1 + 55 / 60, 12);
    expect(grid.timeOfDayH[48]).toBe(1);
    const tpm = runTpm(grid);
    const unified = runUnified(grid);
    expect(tpm.c[48]).toBe(tpm.c[36]);
    expect(unified.c[48]).toBe(unified.c[36]);
    expect(tpm.s[48]).toBeGreaterThan(tpm.s[36]!); // an hour more sleep
    // 23:00 CDT to 06:00 CST is 8 elapsed hours: 96 sleep epochs.
    expect(range(0, grid.count).filter((k) => grid.awake[k] === 0)).toHaveLength(96);
    expect(statusDurationH(grid, 107)).toBeCloseTo(7 + 55 / 60, 12);
  });

  it('inferred habitual sleep follows the local clock: 23:00–07:00 is 7 h on the spring-forward night and 9 h on the fall-back night', () => {
    for (const [month, day, hours, bed] of [
      [3, 8, 7, '03-07 23:00'],
      [11, 1, 9, '10-31 23:00'],
    ] as const) {
      const duty = { start: local(CHICAGO, month, day, 8), end: local(CHICAGO, month, day, 16) };
      const p = predictFatigue({ duties: [duty], zone: CHICAGO, from: duty.start, to: duty.end });
      expect(p.sleep.map((s) => [clock(CHICAGO, s.start), clock(CHICAGO, s.end), (s.end - s.start) / MS_PER_HOUR])).toEqual([
        [bed, clock(CHICAGO, duty.start - MS_PER_HOUR), hours],
      ]);
    }
  });
});

describe('§5.10 circadian terms follow the local clock — decision: no adaptation of the body clock to nights or travel', () => {
  it('the same instant in Chicago (07:00 CDT), UTC (12:00) and Kolkata (17:30) gives three different C', () => {
    const at = instant(Date.UTC(2026, 5, 15, 12));
    const c = (name: string) => {
      const grid = buildEpochGrid({ start: at, end: at, epochMinutes: 5, zone: timeZone(name), sleep: [] });
      return { tod: grid.timeOfDayH[0], tpm: runTpm(grid).c[0], unified: runUnified(grid).c[0] };
    };
    expect(c('America/Chicago')).toEqual({ tod: 7, tpm: expect.closeTo(handC(7), 12), unified: expect.closeTo(handUnifiedC(7), 12) });
    expect(c('UTC')).toEqual({ tod: 12, tpm: expect.closeTo(handC(12), 12), unified: expect.closeTo(handUnifiedC(12), 12) });
    expect(c('Asia/Kolkata')).toEqual({ tod: 17.5, tpm: expect.closeTo(handC(17.5), 12), unified: expect.closeTo(handUnifiedC(17.5), 12) });
    expect(new Set([c('America/Chicago').tpm, c('UTC').tpm, c('Asia/Kolkata').tpm]).size).toBe(3);
  });

  it('after 14 night shifts with day sleep 09:00–16:00 the circadian input at 04:00 is the same as on night 1 (C = −2.4454, U = −0.7034): no phase shift', () => {
    const sleep = range(0, 14).map((n) => ({ start: jan(6 + n, 9), end: jan(6 + n, 16) }));
    const grid = utcGrid(jan(5, 7), jan(20, 8), sleep);
    const tpm = runTpm(grid);
    const unified = runUnified(grid);
    const fourAm = range(0, 14).map((n) => rowOf(grid, jan(6 + n, 4)));
    expect(new Set(fourAm.map((k) => tpm.c[k])).size).toBe(1);
    expect(new Set(fourAm.map((k) => tpm.u[k])).size).toBe(1);
    expect(new Set(fourAm.map((k) => unified.c[k])).size).toBe(1);
    expect(tpm.c[fourAm[13]!]).toBeCloseTo(-2.4454, 4);
    expect(tpm.u[fourAm[13]!]).toBeCloseTo(-0.7034, 4);
    expect(unifiedC(UNIFIED_DEFAULTS, 4)).toBeCloseTo(handUnifiedC(4), 12);
  });
});

describe('§5.11 sleep inference from the roster — decision: the documented rules of infer-sleep.ts (defaults: habitual 23:00–07:00, 1 h before and after each duty)', () => {
  const zone = CHICAGO;
  const jun = (day: number, h: number, m = 0) => local(zone, 6, day, h, m);
  const show = (episodes: readonly { start: number; end: number; rule?: string }[]) => episodes.map((s) => [clock(zone, s.start), clock(zone, s.end), s.rule]);
  const infer = (duties: SleepInterval[], from: Instant, to: Instant, params = SLEEP_INFERENCE_DEFAULTS) => show(inferSleep(duties, zone, from, to, params));

  it('a day worker (08:00–16:00, Mon–Fri) sleeps the habitual 23:00–07:00', () => {
    const duties = range(8, 13).map((d) => ({ start: jun(d, 8), end: jun(d, 16) }));
    expect(infer(duties, jun(8, 8), jun(12, 16))).toEqual(
      range(8, 12).map((d) => [`06-${String(d).padStart(2, '0')} 23:00`, `06-${String(d + 1).padStart(2, '0')} 07:00`, 'habitual-night']),
    );
  });

  it('after a 22:00–08:00 night duty the officer sleeps 7 h from 09:00 (08:00 + 30 min commute + 30 min wind-down) to 16:00, then the habitual night', () => {
    expect(infer([{ start: jun(8, 22), end: jun(9, 8) }], jun(8, 22), jun(10, 8))).toEqual([
      ['06-09 09:00', '06-09 16:00', 'after-night-duty'],
      ['06-09 23:00', '06-10 07:00', 'habitual-night'],
    ]);
  });

  it('a 17:00–01:00 evening duty frees the officer at 02:00: sleep 02:00–09:00 (3 h late, wake-up extended by the 2-h cap)', () => {
    expect(infer([{ start: jun(8, 17), end: jun(9, 1) }], jun(8, 17), jun(9, 12))).toEqual([['06-09 02:00', '06-09 09:00', 'habitual-night']]);
  });

  it('an evening duty ending 23:30 (bed 00:30, 1.5 h late) extends the wake-up by 1.5 h, under the cap: sleep 00:30–08:30', () => {
    expect(infer([{ start: jun(8, 15, 30), end: jun(8, 23, 30) }], jun(8, 15, 30), jun(9, 12))).toEqual([['06-09 00:30', '06-09 08:30', 'habitual-night']]);
  });

  it('an early duty brings bedtime forward by the lost morning, at most 1 h: 05:00 start ⇒ 22:00–04:00; 06:30 ⇒ 22:00–05:30; 07:30 ⇒ 22:30–06:30', () => {
    const night = (h: number, m: number) => infer([{ start: jun(9, h, m), end: jun(9, h + 8, m) }], jun(8, 12), jun(9, h + 8, m));
    expect(night(5, 0)).toEqual([['06-08 22:00', '06-09 04:00', 'habitual-night']]);
    expect(night(6, 30)).toEqual([['06-08 22:00', '06-09 05:30', 'habitual-night']]);
    expect(night(7, 30)).toEqual([['06-08 22:30', '06-09 06:30', 'habitual-night']]);
  });

  it('a quick return (duty ends 23:00, next starts 07:00) leaves sleep 00:00–06:00 only', () => {
    const duties = [
      { start: jun(8, 15), end: jun(8, 23) },
      { start: jun(9, 7), end: jun(9, 15) },
    ];
    expect(infer(duties, jun(8, 15), jun(9, 15))).toEqual([['06-09 00:00', '06-09 06:00', 'habitual-night']]);
  });

  it('preNightNap adds a 1.5-h nap ending 1 h before the first night of a run (19:30–21:00), not before the second', () => {
    const duties = [
      { start: jun(8, 22), end: jun(9, 8) },
      { start: jun(9, 22), end: jun(10, 8) },
    ];
    const base = [
      ['06-07 23:00', '06-08 07:00', 'habitual-night'],
      ['06-09 09:00', '06-09 16:00', 'after-night-duty'],
      ['06-10 09:00', '06-10 16:00', 'after-night-duty'],
      ['06-10 23:00', '06-11 07:00', 'habitual-night'],
    ];
    expect(infer(duties, jun(8, 0), jun(11, 12))).toEqual(base);
    const withNap = infer(duties, jun(8, 0), jun(11, 12), { ...SLEEP_INFERENCE_DEFAULTS, preNightNap: true });
    expect(withNap).toEqual([base[0], ['06-08 19:30', '06-08 21:00', 'pre-night-nap'], ...base.slice(1)]);
  });

  it('preNightNap: a night run that starts more than 24 h after the last night duty ended is a new run with its own nap', () => {
    const duties = [
      { start: jun(8, 22), end: jun(9, 8) },
      { start: jun(9, 22), end: jun(10, 8) },
      { start: jun(12, 22), end: jun(13, 8) },
    ];
    const naps = inferSleep(duties, zone, jun(8, 0), jun(14, 12), { ...SLEEP_INFERENCE_DEFAULTS, preNightNap: true }).filter((s) => s.rule === 'pre-night-nap');
    expect(show(naps)).toEqual([
      ['06-08 19:30', '06-08 21:00', 'pre-night-nap'],
      ['06-12 19:30', '06-12 21:00', 'pre-night-nap'],
    ]);
  });

  it('minSleepMinutes drops shorter pieces: a 30-min gap (04:00–04:30) between duties is no sleep by default (60 min) but counts at minSleepMinutes 30', () => {
    const duties = [
      { start: jun(8, 15), end: jun(9, 3) },
      { start: jun(9, 5, 30), end: jun(9, 13, 30) },
    ];
    expect(infer(duties, jun(8, 15), jun(9, 13, 30))).toEqual([]);
    expect(infer(duties, jun(8, 15), jun(9, 13, 30), { ...SLEEP_INFERENCE_DEFAULTS, minSleepMinutes: 30 })).toEqual([['06-09 04:00', '06-09 04:30', 'habitual-night']]);
    expect(infer(duties, jun(8, 15), jun(9, 13, 30), { ...SLEEP_INFERENCE_DEFAULTS, minSleepMinutes: 31 })).toEqual([]);
  });

  it('logged sleep overrides inference over its span, and every prediction says which sleep it assumed', () => {
    const duty = { start: jun(9, 8), end: jun(9, 16) };
    const p = predictFatigue({ duties: [duty], zone, from: duty.start, to: jun(10, 12), loggedSleep: [{ start: jun(9, 1), end: jun(9, 6, 30) }] });
    expect(p.sleep.map((s) => [clock(zone, s.start), clock(zone, s.end), s.source, s.rule])).toEqual([
      ['06-09 01:00', '06-09 06:30', 'logged', 'logged'],
      ['06-09 23:00', '06-10 07:00', 'inferred', 'habitual-night'],
    ]);
  });
});
