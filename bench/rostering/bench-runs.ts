// What the rostering benchmark reports over its runs: the targets per seed, and the spread of
// each instance's objective over seeds (pure: bench/rostering/run.ts prints them).

/** One run of one instance with one seed. */
export interface BenchRow {
  instance: string;
  seed: number;
  size: string;
  objective: number;
  hardViolations: number;
  bestKnown: number;
  gapPercent: number;
  published10min: number | null;
  published10minMethod: string | null;
  atOrBelowPublished: boolean | null;
  steps: number;
  mipSubproblems: number;
  /** What the columns-first thread's root LP did (rootLpNote). */
  rootLp: string;
}

/** The column-generation summary of a run, as far as rootLpNote reads it. */
export interface RootLpSummary {
  readonly converged: boolean;
  readonly lpValue: number;
  readonly rootSeconds: number;
}

/**
 * The root LP of the columns-first thread in a few words: its value and when it converged
 * (seconds after the phase began), "gave up after S s" when pricing did not converge in time, "—"
 * when the phase did not run or solved no LP (no MIP solver, or no feasible roster to start from).
 */
export function rootLpNote(summary: RootLpSummary | undefined): string {
  if (!summary || Number.isNaN(summary.lpValue)) return '—';
  if (!summary.converged) return `gave up after ${summary.rootSeconds.toFixed(1)} s`;
  return `${summary.lpValue.toFixed(1)} in ${summary.rootSeconds.toFixed(1)} s`;
}

/** The seeds to run: `--seed N` (default 1) or `--seeds 1,2,3`, positive whole numbers without repeats. */
export function seedsOf(seed: string | undefined, seeds: string | undefined): number[] {
  if (seed !== undefined && seeds !== undefined) throw new RangeError('give --seed or --seeds, not both');
  const list = seeds === undefined ? [seed ?? '1'] : seeds.split(',');
  const numbers = list.map((text) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`${seeds === undefined ? '--seed' : '--seeds'} takes whole numbers ≥ 1, got "${text}"`);
    return n;
  });
  if (new Set(numbers).size !== numbers.length) throw new RangeError(`--seeds must not repeat a seed, got "${seeds}"`);
  return numbers;
}

/** The targets over one run of every instance (one seed). */
export function targets(runs: readonly BenchRow[]) {
  const within = (from: number, to: number) => runs.filter((r) => Number(r.instance.slice(8)) >= from && Number(r.instance.slice(8)) <= to);
  return {
    feasibleAll: runs.every((r) => r.hardViolations === 0),
    atOrBelowPublished1to19: within(1, 19).filter((r) => r.atOrBelowPublished).length + ` of ${within(1, 19).length}`,
    within1Percent1to12: within(1, 12).filter((r) => r.hardViolations === 0 && r.gapPercent <= 1).length + ` of ${within(1, 12).length}`,
    gaps20to24: Object.fromEntries(within(20, 24).map((r) => [r.instance, r.gapPercent])),
  };
}

/** One instance's runs over the seeds: objective min, median (the lower middle), max, and how many runs met each target. */
export function spreadOf(runs: readonly BenchRow[]) {
  const objectives = runs.map((r) => r.objective).sort((a, b) => a - b);
  const published = runs[0]!.published10min;
  return {
    instance: runs[0]!.instance,
    min: objectives[0]!,
    median: objectives[Math.floor((objectives.length - 1) / 2)]!,
    max: objectives[objectives.length - 1]!,
    hardViolationRuns: runs.filter((r) => r.hardViolations > 0).length,
    atOrBelowPublished: published === null ? null : `${runs.filter((r) => r.atOrBelowPublished).length} of ${runs.length}`,
    within1Percent: `${runs.filter((r) => r.hardViolations === 0 && r.gapPercent <= 1).length} of ${runs.length}`,
  };
}
