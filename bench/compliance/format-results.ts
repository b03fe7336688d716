import type { BenchArgs } from './bench-args.ts';
import { int, mib, secs, verdict } from '../shared/report-format.ts';

/** Targets of issue 2, item 7: the check within 3 s and 2 GiB on a 2-core machine. */
export const TARGETS = { checkMs: 3000, peakRssMiB: 2048 } as const;

/** Everything one run measured; written as JSON to bench/compliance/out/results.json. */
export interface BenchResults {
  readonly args: BenchArgs;
  /** The command that reproduces this run. */
  readonly command: string;
  readonly machine: {
    readonly cpu: string;
    readonly cores: number;
    readonly totalMemoryMiB: number;
    readonly node: string;
    readonly platform: string;
    /** V8's old-space limit, which `--max-old-space-size` changes. */
    readonly heapLimitMiB: number;
  };
  readonly generated: {
    readonly ms: number;
    readonly records: number;
    readonly byKind: Readonly<Record<string, number>>;
    readonly withOffset: number;
    readonly shiftsMiB: number;
    readonly officersKiB: number;
  };
  /** `importDataset` of shifts.csv and officers.csv. `maxRssMiB` is the process peak so far. */
  readonly parse: { readonly ms: number; readonly heapUsedMiB: number; readonly maxRssMiB: number };
  /** `checkCompliance` on the parsed ledger, `runs` times. */
  readonly check: { readonly runsMs: readonly number[]; readonly minMs: number; readonly medianMs: number; readonly maxRssMiB: number };
  /**
   * One import and one check in a fresh child process, as `muster check` does (cold JIT); its
   * peak RSS is the figure compared with the memory target.
   */
  readonly parseAndCheck: { readonly ms: number; readonly parseMs: number; readonly checkMs: number; readonly maxRssMiB: number };
  /** One check of the whole default policy, fatigue rules included (reported; fatigue has its own target). */
  readonly fullPolicyCheck: { readonly ms: number; readonly findings: number; readonly byRule: Readonly<Record<string, { readonly warn: number; readonly block: number }>> };
  /** Peak RSS of the benchmark process itself: generation, parse and every check run. */
  readonly benchPeakRssMiB: number;
  readonly findings: {
    readonly total: number;
    readonly officersChecked: number;
    readonly officersWithFindings: number;
    readonly byLevel: { readonly warn: number; readonly block: number };
    readonly byRule: Readonly<Record<string, { readonly warn: number; readonly block: number }>>;
  };
  readonly targets: { readonly checkMs: number; readonly peakRssMiB: number; readonly checkMet: boolean; readonly memoryMet: boolean };
}

/** The human-readable report of a run. */
export function formatResults(r: BenchResults): string {
  const { args, machine: m, generated: g, findings: f } = r;
  const kinds = Object.entries(g.byKind)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${int(n)}`)
    .join(' · ');
  const rules = Object.entries(f.byRule).map(([rule, c]) => `  ${rule.padEnd(32)}${int(c.warn).padStart(10)}${int(c.block).padStart(10)}`);
  const phases: [string, string, string][] = [
    ['parse (importDataset)', secs(r.parse.ms), mib(r.parse.maxRssMiB)],
    [`check ×${r.check.runsMs.length} (duty-time + qualification rules)`, `min ${secs(r.check.minMs)} · median ${secs(r.check.medianMs)}`, mib(r.check.maxRssMiB)],
    ['check, whole default policy (+ fatigue)', `${secs(r.fullPolicyCheck.ms)}, ${int(r.fullPolicyCheck.findings)} findings`, ''],
    ['parse + check (fresh process)', `${secs(r.parseAndCheck.ms)} (${secs(r.parseAndCheck.parseMs)} + ${secs(r.parseAndCheck.checkMs)})`, mib(r.parseAndCheck.maxRssMiB)],
  ];
  const checkVerdict = verdict(r.check.medianMs, TARGETS.checkMs, secs);
  const memoryVerdict = verdict(r.parseAndCheck.maxRssMiB, TARGETS.peakRssMiB, mib);
  return [
    `muster compliance benchmark: ${int(args.officers)} officers × ${args.days} days from ${args.from} (seed ${args.seed})`,
    `machine   ${m.cpu}, ${m.cores} cores, ${mib(m.totalMemoryMiB)} RAM, node ${m.node} (${m.platform}), V8 heap limit ${mib(m.heapLimitMiB)}`,
    '',
    `data      ${int(g.records)} records in ${mib(g.shiftsMiB)} shifts.csv (+ ${g.officersKiB.toFixed(0)} KiB officers.csv), generated in ${secs(g.ms)} (not part of any timing below)`,
    `          ${kinds}; ${int(g.withOffset)} with a UTC offset, the rest wall-clock local`,
    '',
    `${'phase'.padEnd(44)}${'wall time'.padEnd(34)}peak RSS`,
    ...phases.map(([name, time, rss]) => `${name.padEnd(44)}${time.padEnd(34)}${rss}`),
    `          (the first two rows share one process, so their peak is cumulative; the bench process peaked at ${mib(r.benchPeakRssMiB)})`,
    '',
    `findings  ${int(f.total)} (warn ${int(f.byLevel.warn)} · block ${int(f.byLevel.block)}) for ${int(f.officersWithFindings)} of ${int(f.officersChecked)} officers`,
    `  ${'rule'.padEnd(32)}${'warn'.padStart(10)}${'block'.padStart(10)}`,
    ...rules,
    '',
    `target    check ≤ ${secs(TARGETS.checkMs)}: median ${checkVerdict}`,
    `target    peak RSS of parse + check ≤ ${mib(TARGETS.peakRssMiB)}: ${memoryVerdict}`,
    '',
    `reproduce: ${r.command}`,
  ].join('\n');
}
