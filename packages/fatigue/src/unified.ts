import { sharedClockTimeCache } from './circadian-cache.ts';
import type { EpochGrid } from './epoch-grid.ts';
import { type UnifiedParameters, UNIFIED_DEFAULTS } from './unified-parameters.ts';

/** S and L of the Unified model at some moment. */
export interface UnifiedState {
  readonly s: number;
  readonly l: number;
}

/** State after `t` hours awake from `at` waking: S and L rise towards U0. */
export function unifiedWake(p: UnifiedParameters, at: UnifiedState, t: number): UnifiedState {
  const el = Math.exp(-t / p.tau_la);
  return { s: p.U0 - (p.U0 - at.s) * Math.exp(-t / p.tau_w), l: at.l * el + p.U0 * (1 - el) };
}

/**
 * State after `t` hours asleep from `at` sleep onset: L falls towards −2·U0 and S relaxes towards
 * the moving floor L (the exact solution), so recovery is limited by accumulated debt.
 */
export function unifiedSleep(p: UnifiedParameters, at: UnifiedState, t: number): UnifiedState {
  const el = Math.exp(-t / p.tau_la);
  const es = Math.exp(-t / p.tau_s);
  const l = at.l * el - 2 * p.U0 * (1 - el);
  const s = at.s * es - 2 * p.U0 * (1 - es) + (((at.l + 2 * p.U0) * p.tau_la) / (p.tau_la - p.tau_s)) * (el - es);
  return { s, l };
}

/** The circadian term at clock time `tod` (hours): a sum of five harmonics. */
export function unifiedC(p: UnifiedParameters, tod: number): number {
  let c = 0;
  for (let i = 0; i < p.harmonics.length; i++) c += p.harmonics[i]! * Math.sin((2 * Math.PI * (i + 1) * (tod + p.phi)) / 24);
  return c;
}

/** A Unified series, one value per grid row; `fatigue` = S + kappa·C (predicted PVT lapses). */
export interface UnifiedSeries {
  readonly s: Float64Array;
  readonly l: Float64Array;
  readonly c: Float64Array;
  readonly w: Float64Array;
  readonly fatigue: Float64Array;
}

/**
 * Runs the Unified model over a grid in closed form, like {@link runTpm}. `initial` is the state
 * at the start of the first row's bout; it defaults to (S0, L0), FIPS's cold start, which takes
 * about four weeks to settle. `firstBoutElapsedH` is how long that bout had lasted at row 0.
 */
export function runUnified(grid: EpochGrid, p: UnifiedParameters = UNIFIED_DEFAULTS, initial?: UnifiedState, firstBoutElapsedH = 0): UnifiedSeries {
  const n = grid.count;
  const s = new Float64Array(n);
  const l = new Float64Array(n);
  const c = new Float64Array(n);
  const w = new Float64Array(n);
  const fatigue = new Float64Array(n);
  const epochH = grid.epochMs / 3_600_000;
  let boutState: UnifiedState = initial ?? { s: p.S0, l: p.L0 };
  const cAt = sharedClockTimeCache(p, 'C', (tod) => unifiedC(p, tod));
  // The bout functions of unifiedWake/unifiedSleep, inlined to avoid an object per epoch.
  const floor = 2 * p.U0;
  const sleepCoupling = p.tau_la / (p.tau_la - p.tau_s);
  for (let k = 0; k < n; k++) {
    const start = grid.boutStart[k]!;
    const awake = grid.awake[k] === 1;
    if (k > 0 && start === k) {
      const previousLength = (k - grid.boutStart[k - 1]!) * epochH + (grid.boutStart[k - 1] === 0 ? firstBoutElapsedH : 0);
      boutState = awake ? unifiedSleep(p, boutState, previousLength) : unifiedWake(p, boutState, previousLength);
    }
    const t = (k - start) * epochH + (start === 0 ? firstBoutElapsedH : 0);
    const el = Math.exp(-t / p.tau_la);
    if (awake) {
      s[k] = p.U0 - (p.U0 - boutState.s) * Math.exp(-t / p.tau_w);
      l[k] = boutState.l * el + p.U0 * (1 - el);
      w[k] = p.wc * Math.exp(p.wd * t);
    } else {
      const es = Math.exp(-t / p.tau_s);
      l[k] = boutState.l * el - floor * (1 - el);
      s[k] = boutState.s * es - floor * (1 - es) + (boutState.l + floor) * sleepCoupling * (el - es);
      w[k] = 0;
    }
    c[k] = cAt.at(grid.timeOfDayH[k]!);
    fatigue[k] = s[k]! + p.kappa * c[k]!;
  }
  return { s, l, c, w, fatigue };
}
