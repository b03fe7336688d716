import { AppError, TimeZone, formatInstant, timeZone } from '@muster/kernel';
import { IssueCollector, formatImportIssue, importVolunteers } from '@muster/domain';
import { TEAM_RULES_DEFAULTS, exclusionGate, fillOpenShift, renderExclusion } from '@muster/optimizer';
import type { Command } from 'commander';
import { readLocalTime } from '../fatigue/read-intervals.ts';
import { sourceFile } from '../input-files.ts';
import { loadDataset, loadPolicy } from '../load-dataset.ts';
import type { Output } from '../output.ts';

interface OvertimeOptions {
  start: string;
  end: string;
  role?: string;
  qualification: string[];
  officers: string;
  qualifications: string;
  shifts: string;
  sleep?: string;
  volunteers?: string;
  order: string;
  periodStart?: string;
  timezone?: string;
  policy?: string;
  json?: boolean;
}

/** `muster overtime`: fills an open shift from the overtime equalisation list, with every skip explained. */
export function registerOvertime(program: Command, out: Output): void {
  program
    .command('overtime')
    .description('fill an open shift fairly: volunteers by fewest overtime hours (or rotation), then mandatory by inverse seniority, skipping anyone a rule or fatigue would block')
    .requiredOption('--start <local>', 'shift start, local date-time')
    .requiredOption('--end <local>', 'shift end, local date-time')
    .option('--role <role>', 'role on the shift (its policy requirements apply)')
    .option('--qualification <id>', 'a qualification the shift requires (repeatable)', (value: string, all: string[]) => [...all, value], [] as string[])
    .requiredOption('--officers <file>', 'officers.csv')
    .requiredOption('--qualifications <file>', 'qualifications.csv')
    .requiredOption('--shifts <file>', 'existing duty records (shifts.csv)')
    .option('--sleep <file>', 'logged sleep (sleep.csv)')
    .option('--volunteers <file>', 'officers who volunteered: a CSV with an officer_id column, in rotation order')
    .option('--order <order>', 'hours (fewest overtime hours first) or rotation', 'hours')
    .option('--period-start <date>', 'start of the equalisation period (default: 1 January of the shift’s year)')
    .option('--timezone <zone>', 'zone of --start/--end (default: the policy’s)')
    .option('--policy <file>', 'policy YAML')
    .option('--json', 'print JSON')
    .action((options: OvertimeOptions) => {
      if (options.order !== 'hours' && options.order !== 'rotation') throw new AppError('usage.bad-value', `--order must be hours or rotation, got "${options.order}"`);
      const policy = loadPolicy(options.policy);
      const zone = TimeZone.find(options.timezone ?? policy.timeZone);
      if (!zone) throw new AppError('usage.bad-value', `unknown time zone "${options.timezone}". Maybe "America/Chicago"?`);
      const start = readLocalTime(options.start, zone, '--start');
      const end = readLocalTime(options.end, zone, '--end');
      if (end <= start) throw new AppError('usage.bad-range', `--end ${options.end} is not after --start ${options.start}`);
      const dataset = loadDataset(
        { shifts: options.shifts, officers: options.officers, qualifications: options.qualifications, ...(options.sleep ? { sleep: options.sleep } : {}) },
        policy,
      );
      const issues = new IssueCollector();
      const volunteers = options.volunteers ? importVolunteers(options.volunteers, sourceFile(options.volunteers).chunks, dataset.officers!, issues) : [];
      if (issues.any) throw new AppError('import.invalid', `the input has ${issues.total} problem(s); no shift was filled:\n${issues.sorted().map(formatImportIssue).join('\n')}`);
      const year = formatInstant(start, zone).slice(0, 4);
      const periodStart = readLocalTime(options.periodStart ?? `${year}-01-01`, zone, '--period-start');
      const result = fillOpenShift({
        shift: { start, end, requiredQualifications: options.qualification, ...(options.role ? { role: options.role } : {}) },
        officers: dataset.officers!,
        qualifications: dataset.qualifications,
        ledger: dataset.ledger,
        sleep: dataset.sleep,
        policy,
        volunteers: new Set(volunteers),
        order: options.order,
        rotation: volunteers,
        periodStart,
      });
      const zoneOf = (id: string) => timeZone(dataset.officers!.get(id)?.timeZone ?? policy.timeZone);
      const entries = result.entries.map((e) => ({
        officerId: e.officerId,
        list: e.list,
        turn: e.turn,
        overtimeHours: Math.round(e.overtimeHours * 100) / 100,
        seniorityDays: e.seniorityDays,
        outcome: e.outcome,
        skip: e.skip ? { gate: exclusionGate(e.skip), reason: renderExclusion(e.skip, zoneOf(e.officerId), TEAM_RULES_DEFAULTS) } : undefined,
        warnings: e.warnings?.map((w) => w.ruleId),
      }));
      if (options.json) out.write(`${JSON.stringify({ start: formatInstant(start, zone), end: formatInstant(end, zone), assigned: result.assigned ?? null, entries }, null, 2)}\n`);
      else {
        const lines = [
          `muster overtime — open shift ${formatInstant(start, zone)} to ${formatInstant(end, zone)}; list by ${options.order}, period from ${formatInstant(periodStart, zone).slice(0, 10)}`,
          '',
        ];
        lines.push(
          result.assigned
            ? `Assigned: ${result.assigned.officerId} (${result.assigned.forced ? 'mandatory — forced overtime' : 'voluntary'})`
            : 'Nobody on the list can work this shift.',
          '',
        );
        lines.push('turn  officer   list        OT h   seniority  outcome');
        for (const e of entries) {
          lines.push(
            `${String(e.turn).padStart(4)}  ${e.officerId.padEnd(8)}  ${e.list.padEnd(10)} ${String(e.overtimeHours).padStart(5)}  ${String(Math.round(e.seniorityDays / 36.525) / 10).padStart(6)} y  ${e.outcome}${e.skip ? ` [${e.skip.gate}] ${e.skip.reason}` : ''}${e.warnings?.length ? ` (warnings: ${e.warnings.join(', ')})` : ''}`,
          );
        }
        out.write(`${lines.join('\n')}\n`);
      }
      out.exitCode = result.assigned ? 0 : 1;
    });
}
