import { parseArgs } from 'node:util';
import { benchFlags } from '../shared/bench-flags.ts';

/** What a benchmark run does; every field has a flag of the same name. */
export interface BenchArgs {
  readonly officers: number;
  readonly days: number;
  readonly seed: number;
  /** First local day of the generated records, `YYYY-MM-DD`. */
  readonly from: string;
  /** How many times the check runs on the parsed data (min and median are reported). */
  readonly runs: number;
  /** Keep the generated files instead of deleting them at the end. */
  readonly keep: boolean;
  /** Where the JSON results go; `bench/compliance/out/results.json` by default. */
  readonly out: string | undefined;
}

export const DEFAULT_ARGS: BenchArgs = { officers: 20_000, days: 365, seed: 2026, from: '2026-01-01', runs: 3, keep: false, out: undefined };

export const USAGE = `npm run bench:compliance -- [--officers N] [--days N] [--seed N] [--from YYYY-MM-DD] [--runs N] [--keep] [--out FILE]
defaults: --officers ${DEFAULT_ARGS.officers} --days ${DEFAULT_ARGS.days} --seed ${DEFAULT_ARGS.seed} --from ${DEFAULT_ARGS.from} --runs ${DEFAULT_ARGS.runs}`;

/** Reads the command line; throws a RangeError naming the flag on a bad value. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      officers: { type: 'string' },
      days: { type: 'string' },
      seed: { type: 'string' },
      from: { type: 'string' },
      runs: { type: 'string' },
      keep: { type: 'boolean' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const flags = benchFlags<'officers' | 'days' | 'seed' | 'runs'>(values, DEFAULT_ARGS);
  const whole = flags.whole;
  const from = flags.date();
  return {
    officers: whole('officers', 1),
    days: whole('days', 1),
    seed: whole('seed', 0),
    from,
    runs: whole('runs', 1),
    keep: values.keep ?? false,
    out: values.out,
  };
}
