import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '@muster/kernel';
import { curtoisModel, evaluateCurtois, formatCurtoisSolution, formatScore, parseCurtoisInstance } from '@muster/optimizer';
import { solveCurtoisPortfolio } from '@muster/optimizer/worker';
import type { Command } from 'commander';
import { readText } from '../input-files.ts';
import type { Output } from '../output.ts';
import { progressLine } from '../render/progress-line.ts';
import { describeBudget, searchBudget } from '../search-budget.ts';

interface SolveOptions {
  format: string;
  timeLimit?: string;
  seed: string;
  threads: string;
  steps?: string;
  out?: string;
  json?: boolean;
  mip: boolean;
  columnGeneration?: boolean;
}

/** `muster solve`: builds a roster for a benchmark instance with the optimizer. */
export function registerSolve(program: Command, out: Output): void {
  program
    .command('solve')
    .description('solve a shift-scheduling benchmark instance (Curtois & Qu format) and write its roster')
    .argument('<file>', 'instance file, e.g. ../shared/benchmarks/curtois/Instance1.txt')
    .requiredOption('--format <format>', 'instance format: curtois')
    .option('--time-limit <seconds>', 'stop after this many seconds (default 60 unless --steps is given)')
    .option('--steps <n>', 'stop after this many steps; reproducible for a seed (no time limit unless --time-limit is given too)')
    .option('--seed <n>', 'random seed (thread i uses seed + i)', '1')
    .option('--threads <n>', 'searches in parallel worker threads (1: in this thread)', '1')
    .option('--out <file>', 'write the solution here (default: standard output)')
    .option('--json', 'print a JSON summary with the solution text')
    .option('--no-mip', 'local search only: skip the MIP-based large-neighbourhood search (HiGHS) of the second half of the time limit')
    .option(
      '--column-generation',
      'columns-first in even threads: column generation over whole rows, master MIP and a dive between a short local search and MIP search (the default)',
    )
    .option('--no-column-generation', 'every thread local-first: local search, then MIP search')
    .action(async (file: string, options: SolveOptions) => {
      if (options.format !== 'curtois') throw new AppError('usage.bad-value', `--format must be curtois, got "${options.format}"`);
      const threads = Number(options.threads);
      const seed = Number(options.seed);
      const budget = searchBudget(options, 60);
      if (!Number.isInteger(threads) || threads < 1 || threads > 64)
        throw new AppError('usage.bad-value', `--threads must be a whole number from 1 to 64, got "${options.threads}"`);
      if (!Number.isInteger(seed)) throw new AppError('usage.bad-value', `--seed must be a whole number, got "${options.seed}"`);
      const text = readText(file);
      const name = basename(file).replace(/\.txt$/, '');
      const parsed = parseCurtoisInstance(name, text);
      if (!parsed.ok)
        throw new AppError(
          'import.invalid',
          `the instance has ${parsed.error.length} problem(s); nothing was solved:\n${parsed.error.map((i) => `${file}:${i.line}: ${i.message}`).join('\n')}`,
        );
      const instance = parsed.value;
      const progress = progressLine(out, budget.timeLimitMs);
      const controller = new AbortController();
      const onSignal = (): void => controller.abort();
      process.once('SIGINT', onSignal);
      const result = await solveCurtoisPortfolio({
        name,
        text,
        threads,
        seed,
        ...budget,
        onProgress: (best, elapsedMs) => progress.update(`best ${formatScore(best)}`, elapsedMs),
        signal: controller.signal,
        useMip: options.mip,
        ...(options.columnGeneration === undefined ? {} : { columnGeneration: options.columnGeneration }),
      }).finally(() => {
        process.off('SIGINT', onSignal);
        progress.done();
      });
      const evaluation = evaluateCurtois(curtoisModel(instance), result.roster);
      const totalSteps = result.threads.reduce((n, t) => n + t.steps, 0);
      const subproblems = result.threads.reduce((n, t) => n + t.subproblems, 0);
      const header = [
        name,
        `objective ${evaluation.objective} (${evaluation.feasible ? 'feasible' : `INFEASIBLE: ${evaluation.violations.length} hard violations`})`,
        `muster solve, ${threads} thread(s), seed ${seed}, ${describeBudget(budget)}, ${totalSteps} steps, ${subproblems} MIP subproblems`,
      ];
      const solution = formatCurtoisSolution(instance, result.roster, header);
      if (options.out) writeFileSync(options.out, solution);
      if (options.json) {
        out.write(
          `${JSON.stringify({ instance: name, objective: evaluation.objective, feasible: evaluation.feasible, violationsByRule: evaluation.violationsByRule, underCover: evaluation.underCover, overCover: evaluation.overCover, requests: evaluation.requests, steps: totalSteps, subproblems, threads: result.threads, seed, timeLimitSeconds: budget.timeLimitMs === undefined ? null : budget.timeLimitMs / 1000, stepLimit: budget.stepLimit ?? null, ...(options.out ? { out: options.out } : { solution }) }, null, 2)}\n`,
        );
      } else {
        if (!options.out) out.write(solution);
        out.error(
          `${name}: objective ${evaluation.objective}, ${evaluation.feasible ? 'no hard violation' : `${evaluation.violations.length} hard violations`} (under-cover ${evaluation.underCover}, over-cover ${evaluation.overCover}, requests ${evaluation.requests}); ${totalSteps} steps and ${subproblems} MIP subproblems in ${threads} thread(s)${options.out ? `; written to ${options.out}` : ''}\n`,
        );
      }
      out.exitCode = evaluation.feasible ? 0 : 1;
    });
}
