import { writeFileSync } from 'node:fs';
import { AppError, SeededRng, type Instant, formatDay, formatInstant, timeZone } from '@muster/kernel';
import { IssueCollector, formatHours, formatImportIssue, importDemand, importRequests, importTemplates } from '@muster/domain';
import { buildRoster } from '@muster/optimizer';
import type { Command } from 'commander';
import { sourceFile } from '../input-files.ts';
import { loadDataset, loadPolicy, parseRange } from '../load-dataset.ts';
import type { Output } from '../output.ts';
import { searchBudget } from '../search-budget.ts';

interface RosterOptions {
  officers: string;
  qualifications: string;
  templates: string;
  demand: string;
  from: string;
  to: string;
  shifts?: string;
  requests?: string;
  sleep?: string;
  policy?: string;
  timeLimit?: string;
  steps?: string;
  seed: string;
  out?: string;
  json?: boolean;
}

/** `muster roster`: builds a unit's roster over a date range, checked by the policy's own rules. */
export function registerRoster(program: Command, out: Output): void {
  program
    .command('roster')
    .description('build a roster for a date range: cover the demand, keep every hard rule of the policy, honour requests; writes shifts.csv')
    .requiredOption('--officers <file>', 'officers.csv')
    .requiredOption('--qualifications <file>', 'qualifications.csv')
    .requiredOption('--templates <file>', 'templates.csv: template_id,start,end,kind')
    .requiredOption('--demand <file>', 'demand.csv: date,template_id,role,count[,qualifications]')
    .requiredOption('--from <date>', 'first day to roster (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'last day to roster, inclusive')
    .option('--shifts <file>', 'existing records (published or past): kept as they are')
    .option('--requests <file>', 'requests.csv: officer_id,date,type (off|on)[,template_id,weight]')
    .option('--sleep <file>', 'logged sleep (sleep.csv)')
    .option('--policy <file>', 'policy YAML')
    .option('--time-limit <seconds>', 'search time (default 10 unless --steps is given)')
    .option('--steps <n>', 'stop after this many steps; reproducible for a seed (no time limit unless --time-limit is given too)')
    .option('--seed <n>', 'random seed', '1')
    .option('--out <file>', 'write shifts.csv here (default: standard output)')
    .option('--json', 'print a JSON summary')
    .action((options: RosterOptions) => {
      const policy = loadPolicy(options.policy);
      const range = parseRange(options.from, options.to);
      const budget = searchBudget(options, 10);
      const dataset = loadDataset(
        {
          ...(options.shifts ? { shifts: options.shifts } : {}),
          officers: options.officers,
          qualifications: options.qualifications,
          ...(options.sleep ? { sleep: options.sleep } : {}),
        },
        policy,
      );
      const issues = new IssueCollector();
      const templates = importTemplates(options.templates, sourceFile(options.templates).chunks, issues);
      const demand = importDemand(options.demand, sourceFile(options.demand).chunks, templates, issues);
      const requests = options.requests ? importRequests(options.requests, sourceFile(options.requests).chunks, dataset.officers!, issues) : [];
      if (issues.any) throw new AppError('import.invalid', `the input has ${issues.total} problem(s); nothing was rostered:\n${issues.sorted().map(formatImportIssue).join('\n')}`);
      const clock = { now: () => performance.now() as Instant };
      const result = buildRoster(
        {
          officers: dataset.officers!,
          qualifications: dataset.qualifications,
          pinned: dataset.ledger,
          sleep: dataset.sleep,
          templates: [...templates.values()],
          demand: demand.filter((d) => d.day >= range.from! && d.day <= range.to!),
          requests,
          from: range.from!,
          to: range.to!,
          policy,
        },
        { rng: new SeededRng(Number(options.seed)), clock, ...budget },
      );
      const zoneOf = (id: string) => timeZone(dataset.officers!.get(id)?.timeZone ?? policy.timeZone);
      const existing = [...dataset.ledger.values()].flat();
      const lines = ['officer_id,start,end,kind,operation_id,role'];
      for (const r of [...existing, ...result.records].sort((a, b) => (a.officerId < b.officerId ? -1 : a.officerId > b.officerId ? 1 : a.start - b.start))) {
        const zone = zoneOf(r.officerId);
        lines.push(`${r.officerId},${formatInstant(r.start, zone)},${formatInstant(r.end, zone)},${r.kind},${r.operationId ?? ''},${r.role ?? ''}`);
      }
      const csv = `${lines.join('\n')}\n`;
      if (options.out) writeFileSync(options.out, csv);
      const uncovered = result.uncovered.map((u) => ({ date: formatDay(u.day), template: u.template, role: u.role, missing: u.missing }));
      const summary = {
        rostered: result.records.length,
        hardViolations: result.score.hard,
        softScore: result.score.soft,
        uncovered,
        steps: result.steps,
        officers: result.officers,
      };
      const overtime = result.officers.map((o) => o.overtimeHours);
      const peaks = result.officers.flatMap((o) => (o.peakKss === null ? [] : [o.peakKss]));
      const fairness =
        overtime.length === 0
          ? 'no officers'
          : `overtime beyond the ${policy.pay.title5.weeklyHours}-hour week: ${formatHours(Math.min(...overtime))} to ${formatHours(Math.max(...overtime))} per officer (${formatHours(overtime.reduce((a, b) => a + b, 0))} in all); highest predicted KSS on duty ${peaks.length ? Math.max(...peaks).toFixed(1) : 'n/a'}`;
      if (options.json) out.write(`${JSON.stringify({ ...summary, ...(options.out ? { out: options.out } : { shifts: csv }) }, null, 2)}\n`);
      else {
        if (!options.out) out.write(csv);
        out.error(
          `muster roster: ${result.records.length} shifts rostered ${options.from} to ${options.to}; ${result.score.hard === 0 ? 'no block finding' : `${result.score.hard} block finding(s) could not be avoided`}; ${uncovered.length === 0 ? 'all demand covered' : `uncovered: ${uncovered.map((u) => `${u.date} ${u.template} ${u.role} ×${u.missing}`).join(', ')}`}${options.out ? `; written to ${options.out}` : ''}\n${fairness}\n`,
        );
      }
      out.exitCode = result.score.hard === 0 && uncovered.length === 0 ? 0 : 1;
    });
}
