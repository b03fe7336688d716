import type { BenchArgs } from './bench-args.ts';
import type { CodeFingerprint } from './code-fingerprint.ts';
import type { FatigueDistribution, Percentiles, Share } from './fatigue-distribution.ts';
import type { SeriesTiming, TimingStats } from './series-timing.ts';
import { int, mib, ms, secs, verdict } from '../shared/report-format.ts';

/** Targets of issue 3, item 6, on a 2-core machine. */
export const TARGETS = { seriesMs: 20, dutyFatigueMs: 15_000 } as const;

/** One timed duty-level run over every officer. */
export interface DutyPhase {
  /** Worker threads; 0 for the in-process run (N = 1). */
  readonly workers: number;
  /** Building duty periods, start-up, computing and collecting, ms. */
  readonly wallMs: number;
  readonly startupMs: number;
  /** Compute time summed over batches, ms (> wall time when workers overlap). */
  readonly computeMs: number;
  readonly batches: number;
  readonly officerYearsPerSecond: number;
  /** Process peak RSS so far (workers share the process), MiB. */
  readonly maxRssMiB: number;
}

/** Everything one run measured; written as JSON to bench/fatigue/out/results.json. */
export interface BenchResults {
  readonly args: BenchArgs;
  readonly command: string;
  readonly code: CodeFingerprint;
  readonly machine: {
    readonly cpu: string;
    readonly cores: number;
    readonly availableParallelism: number;
    readonly totalMemoryMiB: number;
    readonly node: string;
    readonly platform: string;
    /**
     * 1-, 5- and 15-minute load averages when the run began and ended. Above ~2 other work shared
     * the two cores and the timings are high; repeat on an idle machine.
     */
    readonly loadAverage: { readonly start: readonly number[]; readonly end: readonly number[] };
  };
  readonly series: SeriesTiming & { readonly officer: string; readonly records: number };
  readonly data: {
    readonly generateMs: number;
    readonly records: number;
    readonly shiftsMiB: number;
    /** `importDataset`, not part of any target. */
    readonly parseMs: number;
    readonly parseMaxRssMiB: number;
    /** One pass of `buildDutyPeriods` over every officer (also inside each phase's wall time). */
    readonly dutyPeriodsMs: number;
    readonly dutyPeriods: number;
  };
  readonly pool: DutyPhase;
  readonly inProcess: DutyPhase | undefined;
  readonly distribution: FatigueDistribution;
  readonly benchPeakRssMiB: number;
  readonly targets: { readonly seriesMs: number; readonly dutyFatigueMs: number; readonly seriesMet: boolean; readonly dutyFatigueMet: boolean };
}

/** The human-readable report of a run. */
export function formatResults(r: BenchResults): string {
  const { args, machine: m, series: s, data: d, distribution: f } = r;
  const timing = (name: string, t: TimingStats): string =>
    `  ${name.padEnd(36)}${ms(t.minMs).padStart(10)}${ms(t.medianMs).padStart(10)}${ms(t.p95Ms).padStart(10)}${ms(t.maxMs).padStart(10)}`;
  const phase = (name: string, p: DutyPhase): string =>
    `  ${name.padEnd(26)}${secs(p.wallMs).padStart(10)}${secs(p.startupMs).padStart(10)}${secs(p.computeMs).padStart(10)}${int(Math.round(p.officerYearsPerSecond)).padStart(12)}${mib(p.maxRssMiB).padStart(12)}`;
  const share = (x: Share, of: string): string => `${int(x.count)} of ${of} (${(x.share * 100).toFixed(2)} %)`;
  const pct = (p: Percentiles, digits: number): string =>
    `p10 ${p.p10.toFixed(digits)} · p50 ${p.p50.toFixed(digits)} · p90 ${p.p90.toFixed(digits)} · p99 ${p.p99.toFixed(digits)} · max ${p.max.toFixed(digits)}`;
  const histogram = f.dutyPeakKss.filter((b) => b.count > 0).map((b) => `${b.label} ${(b.share * 100).toFixed(1)} %`);
  const years = (args.officers * args.days) / 365;
  return [
    `muster fatigue benchmark — commit ${r.code.commit}${r.code.dirty ? ' with uncommitted changes' : ''}, packages/fatigue/src ${r.code.fatigueSrc}`,
    `machine   ${m.cpu}, ${m.cores} cores (availableParallelism ${m.availableParallelism}), ${mib(m.totalMemoryMiB)} RAM, node ${m.node} (${m.platform}); load average ${m.loadAverage.start.map((l) => l.toFixed(2)).join(' ')} at start, ${m.loadAverage.end.map((l) => l.toFixed(2)).join(' ')} at end`,
    '',
    `(a) one officer-year, full 5-min series: ${s.officer}`,
    `    ${int(s.epochs)} epochs, ${s.records} duty records → ${s.duties} duty periods, ${s.sleepEpisodes} sleep episodes inferred; ${s.full.runs} runs after ${args.warmup} warm-up`,
    `  ${''.padEnd(36)}${'min'.padStart(10)}${'median'.padStart(10)}${'p95'.padStart(10)}${'max'.padStart(10)}`,
    timing('predictFatigue (both models)', s.full),
    timing('buildEpochGrid + runTpm', s.tpm),
    timing('buildEpochGrid + runUnified', s.unified),
    timing('buildEpochGrid alone', s.grid),
    timing('preparePrediction (sleep, steady)', s.prepare),
    '',
    `(b) duty-level peak KSS and lapses: ${int(args.officers)} officers × ${args.days} days from ${args.from} (seed ${args.seed}) = ${int(Math.round(years))} officer-years`,
    `    data: ${int(d.records)} records, ${mib(d.shiftsMiB)} shifts.csv generated in ${secs(d.generateMs)}; importDataset ${secs(d.parseMs)} (peak RSS ${mib(d.parseMaxRssMiB)}) — neither is part of the target`,
    `    buildDutyPeriods over all officers ${secs(d.dutyPeriodsMs)} → ${int(d.dutyPeriods)} duty periods (built again inside each run below)`,
    `  ${'fatigue phase'.padEnd(26)}${'wall'.padStart(10)}${'start-up'.padStart(10)}${'compute'.padStart(10)}${'off-yrs/s'.padStart(12)}${'peak RSS'.padStart(12)}`,
    phase(`${r.pool.workers} worker threads`, r.pool),
    ...(r.inProcess ? [phase('in-process (N = 1)', r.inProcess)] : []),
    '',
    `    duties with peak KSS ≥ 7: ${share(f.dutiesKss7, int(f.duties))}; ≥ 8: ${share(f.dutiesKss8, 'them')}; lapses ≥ 10: ${share(f.dutiesLapses10, 'them')}`,
    `    officers with such a duty: KSS ≥ 7 ${share(f.officersKss7, int(f.officers))}; KSS ≥ 8 ${share(f.officersKss8, 'them')}; lapses ≥ 10 ${share(f.officersLapses10, 'them')}`,
    `    officer's peak KSS over the year:    ${pct(f.officerPeakKss, 2)}`,
    `    officer's peak lapses over the year: ${pct(f.officerPeakLapses, 1)}`,
    `    duties by peak KSS: ${histogram.join(' · ')}`,
    '',
    `target    one officer-year series ≤ ${TARGETS.seriesMs} ms: median ${verdict(s.full.medianMs, TARGETS.seriesMs, ms)}`,
    `target    ${int(Math.round(years))} officer-years duty-level ≤ ${secs(TARGETS.dutyFatigueMs)}: ${r.pool.workers} workers ${verdict(r.pool.wallMs, TARGETS.dutyFatigueMs, secs)}`,
    `peak RSS  ${mib(r.benchPeakRssMiB)} (bench process, dataset held throughout)`,
    '',
    `reproduce: ${r.command}`,
  ].join('\n');
}
