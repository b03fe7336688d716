import { type Instant, MS_PER_DAY, MS_PER_MINUTE, type TimeZone } from '@muster/kernel';
import type { AssumedSleep } from './assumed-sleep.ts';
import { type EpochGrid, type SleepInterval, buildEpochGrid } from './epoch-grid.ts';
import type { DutyFatigue } from './duty-fatigue.ts';
import { evaluateDuties } from './duty-fatigue-fast.ts';
import { clockMinutes, inferSleep } from './infer-sleep.ts';
import { SLEEP_INFERENCE_DEFAULTS, type SleepInferenceParameters } from './sleep-inference-parameters.ts';
import { habitualSteadyState } from './steady-state.ts';
import { type TpmSeries, type TpmState, runTpm } from './tpm.ts';
import { TPM_DEFAULTS, type TpmParameters } from './tpm-parameters.ts';
import { type UnifiedSeries, type UnifiedState, runUnified, unifiedWake } from './unified.ts';
import { UNIFIED_DEFAULTS, type UnifiedParameters } from './unified-parameters.ts';

/** Model and sleep-rule parameters of a prediction (an agency's policy can override each). */
export interface FatigueParameters {
  readonly tpm: TpmParameters;
  readonly unified: UnifiedParameters;
  readonly sleep: SleepInferenceParameters;
  /** Epoch length, minutes. */
  readonly epochMinutes: number;
}

export const FATIGUE_DEFAULTS: FatigueParameters = { tpm: TPM_DEFAULTS, unified: UNIFIED_DEFAULTS, sleep: SLEEP_INFERENCE_DEFAULTS, epochMinutes: 5 };

export interface PredictionInput {
  /** Duty periods, sorted and non-overlapping. */
  readonly duties: readonly SleepInterval[];
  readonly zone: TimeZone;
  /** The prediction must cover [from, to]. */
  readonly from: Instant;
  readonly to: Instant;
  /** Sleep the officer logged; where a log exists it replaces inference (see {@link assumeSleep}). */
  readonly loggedSleep?: readonly SleepInterval[];
  readonly params?: FatigueParameters;
}

/** A prediction: the grid from its origin, both models' series, and the sleep it assumed. */
export interface FatiguePrediction {
  /** The habitual waking time before `from` at which the series starts from the steady state. */
  readonly origin: Instant;
  readonly grid: EpochGrid;
  readonly tpm: TpmSeries;
  readonly unified: UnifiedSeries;
  readonly sleep: readonly AssumedSleep[];
}

/**
 * The sleep a prediction assumes: logged sleep where the officer has a log — from its first
 * logged sleep to its last, only logged sleep counts — and inferred sleep elsewhere.
 */
export function assumeSleep(input: PredictionInput, from: Instant): AssumedSleep[] {
  const params = input.params ?? FATIGUE_DEFAULTS;
  const inferred = inferSleep(input.duties, input.zone, from, input.to, params.sleep);
  const logged = [...(input.loggedSleep ?? [])].sort((a, b) => a.start - b.start);
  if (logged.length === 0) return inferred;
  const spanStart = logged[0]!.start;
  const spanEnd = Math.max(...logged.map((s) => s.end));
  return [
    ...inferred.filter((s) => s.end <= spanStart || s.start >= spanEnd),
    ...logged.map((s): AssumedSleep => ({ start: s.start, end: s.end, source: 'logged', rule: 'logged' })),
  ].sort((a, b) => a.start - b.start);
}

/** What every prediction of an officer starts from: its origin, assumed sleep and start state. */
export interface PreparedPrediction {
  readonly origin: Instant;
  readonly sleep: readonly AssumedSleep[];
  readonly initialTpm: TpmState;
  readonly initialUnified: UnifiedState;
  /** Hours of habitual sleep already behind an officer who is still asleep at the origin (logged sleep running past it), else 0. */
  readonly firstBoutElapsedH: number;
  readonly params: FatigueParameters;
}

/**
 * The origin is the habitual waking time the day before `from`; the officer is taken to have
 * lived their habitual sleep pattern until then (the steady state), and to sleep as assumed after.
 */
export function preparePrediction(input: PredictionInput): PreparedPrediction {
  const params = input.params ?? FATIGUE_DEFAULTS;
  const origin = habitualWakeBefore(input.zone, input.from, params.sleep);
  const sleepHours = habitualSleepHours(params.sleep);
  const steady = habitualSteadyState(sleepHours, params.tpm, params.unified);
  const sleep = assumeSleep(input, origin);
  // Normally the origin is a waking moment. If logged sleep runs past it, the officer is still in
  // the habitual night's sleep: continue that bout from its onset instead of restarting sleep.
  const epochMs = params.epochMinutes * 60_000;
  const asleepAtOrigin = sleep.some((s) => Math.round((s.start - origin) / epochMs) <= 0 && Math.round((s.end - origin) / epochMs) > 0);
  if (!asleepAtOrigin) return { origin, sleep, initialTpm: steady.tpm, initialUnified: steady.unified, firstBoutElapsedH: 0, params };
  const atOnset = unifiedWake(params.unified, steady.unified, 24 - sleepHours);
  return { origin, sleep, initialTpm: steady.tpm, initialUnified: atOnset, firstBoutElapsedH: sleepHours, params };
}

/** Predicts both models over the whole epoch grid from the origin to `to`, for series and charts. */
export function predictFatigue(input: PredictionInput): FatiguePrediction {
  const prepared = preparePrediction(input);
  const { origin, sleep, params } = prepared;
  const grid = buildEpochGrid({ start: origin, end: input.to, epochMinutes: params.epochMinutes, zone: input.zone, sleep });
  return {
    origin,
    grid,
    tpm: runTpm(grid, params.tpm, prepared.initialTpm, prepared.firstBoutElapsedH),
    unified: runUnified(grid, params.unified, prepared.initialUnified, prepared.firstBoutElapsedH),
    sleep,
  };
}

/** Duty-level figures only, computed at the duties' epochs (see {@link evaluateDuties}). */
export function predictDutyFatigue(input: PredictionInput): DutyFatigue[] {
  const prepared = preparePrediction(input);
  return evaluateDuties(
    {
      origin: prepared.origin,
      epochMinutes: prepared.params.epochMinutes,
      zone: input.zone,
      sleep: prepared.sleep,
      tpm: prepared.params.tpm,
      unified: prepared.params.unified,
      initialTpm: prepared.initialTpm,
      initialUnified: prepared.initialUnified,
      firstBoutElapsedH: prepared.firstBoutElapsedH,
    },
    input.duties,
  );
}

/** Hours of the habitual sleep window. */
export function habitualSleepHours(params: SleepInferenceParameters): number {
  const start = clockMinutes(params.habitualSleepStart);
  const end = clockMinutes(params.habitualSleepEnd);
  return ((end - start + 24 * 60) % (24 * 60)) / 60 || 24;
}

/** The habitual waking time on the local day before the day of `at`. */
export function habitualWakeBefore(zone: TimeZone, at: Instant, params: SleepInferenceParameters): Instant {
  const day = zone.localDayOf(at) - 1;
  return zone.toInstantLenient(day * MS_PER_DAY + clockMinutes(params.habitualSleepEnd) * MS_PER_MINUTE);
}
