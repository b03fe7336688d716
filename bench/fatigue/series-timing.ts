import { buildEpochGrid, predictFatigue, preparePrediction, runTpm, runUnified, type PredictionInput } from '@muster/fatigue';

/** min / median / p95 of a set of timings, ms. */
export interface TimingStats {
  readonly runs: number;
  readonly minMs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

/** Timings of one officer's full-series prediction and of its parts. */
export interface SeriesTiming {
  readonly epochs: number;
  readonly duties: number;
  readonly sleepEpisodes: number;
  /** `predictFatigue`: sleep inference, steady state, grid, both models. */
  readonly full: TimingStats;
  /** `buildEpochGrid` + `runTpm`, from a prepared prediction. */
  readonly tpm: TimingStats;
  /** `buildEpochGrid` + `runUnified`, from a prepared prediction. */
  readonly unified: TimingStats;
  /** `buildEpochGrid` alone (inside both per-model figures). */
  readonly grid: TimingStats;
  /** `preparePrediction` alone: origin, inferred sleep, steady state. */
  readonly prepare: TimingStats;
}

/**
 * Times `predictFatigue(input)` and its per-model parts `runs` times each after `warmup`
 * untimed calls (so the figures are of optimised code, as in a long-running API process).
 */
export function timeSeries(input: PredictionInput, runs: number, warmup: number): SeriesTiming {
  const prediction = predictFatigue(input);
  const prepared = preparePrediction(input);
  const { origin, sleep, params } = prepared;
  const gridSpec = { start: origin, end: input.to, epochMinutes: params.epochMinutes, zone: input.zone, sleep };
  let sink = 0; // read every result, so no call can be optimised away
  const full = measure(runs, warmup, () => (sink += predictFatigue(input).tpm.kss[0]!));
  const tpm = measure(runs, warmup, () => (sink += runTpm(buildEpochGrid(gridSpec), params.tpm, prepared.initialTpm).kss[0]!));
  const unified = measure(runs, warmup, () => (sink += runUnified(buildEpochGrid(gridSpec), params.unified, prepared.initialUnified).fatigue[0]!));
  const grid = measure(runs, warmup, () => (sink += buildEpochGrid(gridSpec).awake[0]!));
  const prepare = measure(runs, warmup, () => (sink += preparePrediction(input).sleep.length));
  if (Number.isNaN(sink)) throw new Error('a prediction gave NaN');
  return { epochs: prediction.grid.count, duties: input.duties.length, sleepEpisodes: prediction.sleep.length, full, tpm, unified, grid, prepare };
}

function measure(runs: number, warmup: number, work: () => void): TimingStats {
  for (let i = 0; i < warmup; i++) work();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    ms.push(performance.now() - t0);
  }
  return stats(ms);
}

/** Nearest-rank statistics of `ms`. */
export function stats(ms: readonly number[]): TimingStats {
  const sorted = [...ms].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  return { runs: ms.length, minMs: sorted[0]!, medianMs: rank(0.5), p95Ms: rank(0.95), maxMs: sorted[sorted.length - 1]! };
}
