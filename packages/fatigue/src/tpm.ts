import { sharedClockTimeCache } from './circadian-cache.ts';
import type { EpochGrid } from './epoch-grid.ts';
import { type TpmParameters, TPM_DEFAULTS } from './tpm-parameters.ts';

/** TPM S after `t` hours awake, from `sw` at waking: falls exponentially towards `la`. */
export function tpmWakeS(p: TpmParameters, sw: number, t: number): number {
  return p.la + (sw - p.la) * Math.exp(p.d * t);
}

/**
 * TPM S after `t` hours asleep, from `ss` at sleep onset: linear rise at k = g·(bl − ha) per hour
 * up to the break level, then exponential towards `ha`. With `ss` above the break level the break
 * time is negative and S jumps at onset, as in FIPS (kept to reproduce its series).
 */
export function tpmSleepS(p: TpmParameters, ss: number, t: number): number {
  const k = p.g * (p.bl - p.ha);
  const tb = (p.bl - ss) / k;
  return t <= tb ? ss + k * t : p.ha - (p.ha - p.bl) * Math.exp(p.g * (t - tb));
}

/** The 24-h circadian term at clock time `tod` (hours). */
export function tpmC(p: TpmParameters, tod: number): number {
  return p.Cm + p.Ca * Math.cos((2 * Math.PI * (tod - p.p)) / 24);
}

/** The 12-h term at clock time `tod` (hours). */
export function tpmU(p: TpmParameters, tod: number): number {
  return p.Um + p.Ua * Math.cos((2 * Math.PI * (tod - p.p - 3)) / 12);
}

/** Sleep inertia `t` hours after waking. */
export function tpmW(p: TpmParameters, t: number): number {
  return p.Wc * Math.exp(p.Wd * t);
}

/** TPM state at the start of a series: S at waking and at sleep onset. */
export interface TpmState {
  readonly sw: number;
  readonly ss: number;
}

/** A TPM series, one value per grid row. `alertness` excludes W; `kss` includes it (as FIPS). */
export interface TpmSeries {
  readonly s: Float64Array;
  readonly c: Float64Array;
  readonly u: Float64Array;
  readonly w: Float64Array;
  readonly alertness: Float64Array;
  readonly kss: Float64Array;
}

/**
 * Runs the TPM over a grid in closed form: at each change of status the state at the new bout's
 * start comes from the previous bout's start state and its full length; each row is the bout
 * function at the hours since the bout began. `initial` defaults to S0 for both (a cold start).
 * `firstBoutElapsedH` says how long the first row's bout had already lasted (e.g. an officer
 * 8 h into a night's sleep), so the series continues that bout instead of starting a new one.
 */
export function runTpm(grid: EpochGrid, p: TpmParameters = TPM_DEFAULTS, initial?: TpmState, firstBoutElapsedH = 0): TpmSeries {
  const n = grid.count;
  const s = new Float64Array(n);
  const c = new Float64Array(n);
  const u = new Float64Array(n);
  const w = new Float64Array(n);
  const alertness = new Float64Array(n);
  const kss = new Float64Array(n);
  const epochH = grid.epochMs / 3_600_000;
  let sw = initial?.sw ?? p.S0;
  let ss = initial?.ss ?? p.S0;
  const cAt = sharedClockTimeCache(p, 'C', (tod) => tpmC(p, tod));
  const uAt = sharedClockTimeCache(p, 'U', (tod) => tpmU(p, tod));
  for (let k = 0; k < n; k++) {
    const start = grid.boutStart[k]!;
    const awake = grid.awake[k] === 1;
    if (k > 0 && start === k) {
      const previousLength = (k - grid.boutStart[k - 1]!) * epochH + (grid.boutStart[k - 1] === 0 ? firstBoutElapsedH : 0);
      if (awake) sw = tpmSleepS(p, ss, previousLength);
      else ss = tpmWakeS(p, sw, previousLength);
    }
    const t = (k - start) * epochH + (start === 0 ? firstBoutElapsedH : 0);
    const tod = grid.timeOfDayH[k]!;
    s[k] = awake ? tpmWakeS(p, sw, t) : tpmSleepS(p, ss, t);
    c[k] = cAt.at(tod);
    u[k] = uAt.at(tod);
    w[k] = awake ? tpmW(p, t) : 0;
    alertness[k] = s[k]! + c[k]! + u[k]!;
    kss[k] = p.KSS_intercept + p.KSS_beta * (s[k]! + c[k]! + u[k]! + w[k]!);
  }
  return { s, c, u, w, alertness, kss };
}
