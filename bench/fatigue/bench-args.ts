import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { benchFlags } from '../shared/bench-flags.ts';

/** What a benchmark run does; every field has a flag of the same name. */
export interface BenchArgs {
  /** Officers of the duty-level phase, each with `days` days of records. */
  readonly officers: number;
  readonly days: number;
  readonly seed: number;
  /** First local day of the generated records, `YYYY-MM-DD`. */
  readonly from: string;
  /** Worker threads of the duty-level phase (the in-process run is always made too). */
  readonly workers: number;
  /** Officers per message to a worker. */
  readonly batch: number;
  /** Timed runs of the one-officer series (after `warmup` untimed ones). */
  readonly runs: number;
  readonly warmup: number;
  /** Skip the in-process (N = 1) run of the duty-level phase. */
  readonly skipInProcess: boolean;
  /** Where the JSON results go; `bench/fatigue/out/results.json` by default. */
  readonly out: string | undefined;
}

export const DEFAULT_ARGS: BenchArgs = {
  officers: 20_000,
  days: 365,
  seed: 2026,
  from: '2026-01-01',
  workers: availableParallelism(),
  batch: 200,
  runs: 50,
  warmup: 10,
  skipInProcess: false,
  out: undefined,
};

export const USAGE = `npm run bench:fatigue -- [--officers N] [--days N] [--seed N] [--from YYYY-MM-DD] [--workers N] [--batch N] [--runs N] [--warmup N] [--skip-in-process] [--out FILE]
defaults: --officers ${DEFAULT_ARGS.officers} --days ${DEFAULT_ARGS.days} --seed ${DEFAULT_ARGS.seed} --from ${DEFAULT_ARGS.from} --workers ${DEFAULT_ARGS.workers} (os.availableParallelism()) --batch ${DEFAULT_ARGS.batch} --runs ${DEFAULT_ARGS.runs} --warmup ${DEFAULT_ARGS.warmup}`;

/** Reads the command line; throws a RangeError naming the flag on a bad value. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      officers: { type: 'string' },
      days: { type: 'string' },
      seed: { type: 'string' },
      from: { type: 'string' },
      workers: { type: 'string' },
      batch: { type: 'string' },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      'skip-in-process': { type: 'boolean' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const flags = benchFlags<'officers' | 'days' | 'seed' | 'workers' | 'batch' | 'runs' | 'warmup'>(values, DEFAULT_ARGS);
  const whole = flags.whole;
  const from = flags.date();
  return {
    officers: whole('officers', 1),
    days: whole('days', 1),
    seed: whole('seed', 0),
    from,
    workers: whole('workers', 1),
    batch: whole('batch', 1),
    runs: whole('runs', 1),
    warmup: whole('warmup', 0),
    skipInProcess: values['skip-in-process'] ?? false,
    out: values.out,
  };
}
