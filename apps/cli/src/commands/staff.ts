import { AppError, formatInstant, timeZone } from '@muster/kernel';
import { parseOperations, IssueCollector, formatImportIssue } from '@muster/domain';
import { TEAM_RULES_DEFAULTS, exclusionGate, renderExclusion, staffOperation } from '@muster/optimizer';
import type { Command } from 'commander';
import { readText } from '../input-files.ts';
import { loadDataset, loadPolicy } from '../load-dataset.ts';
import type { Output } from '../output.ts';

interface StaffOptions {
  operation: string;
  id?: string;
  officers: string;
  qualifications: string;
  shifts: string;
  sleep?: string;
  policy?: string;
  json?: boolean;
}

/** `muster staff`: proposes a team for an operation and says why everyone else is not on it. */
export function registerStaff(program: Command, out: Output): void {
  program
    .command('staff')
    .description('propose a team for an operation: every hard gate passed, ranked by recent hours and overtime, each exclusion explained')
    .requiredOption('--operation <file>', 'the operation (JSON: one operation, or an operations file with --id)')
    .option('--id <operation>', 'which operation of an operations file')
    .requiredOption('--officers <file>', 'officers.csv')
    .requiredOption('--qualifications <file>', 'qualifications.csv')
    .requiredOption('--shifts <file>', 'existing duty records (shifts.csv)')
    .option('--sleep <file>', 'logged sleep (sleep.csv)')
    .option('--policy <file>', 'policy YAML')
    .option('--json', 'print JSON')
    .action((options: StaffOptions) => {
      const policy = loadPolicy(options.policy);
      const dataset = loadDataset(
        { shifts: options.shifts, officers: options.officers, qualifications: options.qualifications, ...(options.sleep ? { sleep: options.sleep } : {}) },
        policy,
      );
      const text = readText(options.operation);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new AppError('import.invalid', `${options.operation}: not valid JSON: ${(e as Error).message}`);
      }
      const wrapped = json !== null && typeof json === 'object' && !Array.isArray(json) && !('operations' in json) ? [json] : json;
      const issues = new IssueCollector();
      const operations = parseOperations(options.operation, JSON.stringify(wrapped), policy.timeZone, issues);
      if (issues.any) throw new AppError('import.invalid', `the operation has problems:\n${issues.sorted().map(formatImportIssue).join('\n')}`);
      const operation = options.id ? operations.get(options.id) : operations.size === 1 ? [...operations.values()][0] : undefined;
      if (!operation)
        throw new AppError(
          'usage.bad-value',
          options.id ? `no operation "${options.id}" in ${options.operation}` : `${options.operation} holds ${operations.size} operations; choose one with --id`,
        );
      const result = staffOperation({ operation, officers: dataset.officers!, qualifications: dataset.qualifications, ledger: dataset.ledger, sleep: dataset.sleep, policy });
      const zone = timeZone(operation.timeZone ?? policy.timeZone);
      const zoneOf = (officerId: string) => timeZone(dataset.officers!.get(officerId)?.timeZone ?? policy.timeZone);
      const excluded = result.excluded.map((e) => ({ officerId: e.officerId, gate: exclusionGate(e), reason: renderExclusion(e, zoneOf(e.officerId), TEAM_RULES_DEFAULTS) }));
      if (options.json) {
        out.write(`${JSON.stringify({ ...result, start: formatInstant(result.start, zone), end: formatInstant(result.end, zone), excluded }, null, 2)}\n`);
      } else {
        const lines = [
          `muster staff — ${operation.name} (${operation.id}, ${operation.riskTier} risk), ${formatInstant(operation.start, zone)} to ${formatInstant(operation.end, zone)}`,
          '',
          'Proposed team:',
        ];
        for (const m of result.team) {
          const who = dataset.officers!.get(m.officerId);
          lines.push(
            `  ${m.role.padEnd(14)} ${m.officerId}  ${who?.name ?? ''}${m.recruit ? ' (recruit)' : m.veteran ? ' (veteran)' : ''} — ${Math.round(m.hoursPrior7Days * 10) / 10} h in the 7 days before, ${Math.round(m.overtimeHoursThisMonth * 10) / 10} h overtime this month${m.warnings.length ? `; warnings: ${m.warnings.join(', ')}` : ''}`,
          );
        }
        for (const u of result.unfilled) lines.push(`  ${u.role.padEnd(14)} UNFILLED ×${u.missing}: ${u.reason}`);
        lines.push('', 'Not chosen:');
        for (const e of excluded) lines.push(`  ${e.officerId}  [${e.gate}] ${e.reason}`);
        lines.push('', `${result.officersConsidered} officers considered, ${result.fullyChecked} fully checked against every rule.`);
        out.write(`${lines.join('\n')}\n`);
      }
      out.exitCode = result.unfilled.length > 0 ? 1 : 0;
    });
}
