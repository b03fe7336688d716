import { checkCompliance, summarizeFindings } from '@muster/domain';
import type { Command } from 'commander';
import { type DataOptions, loadDataset, loadPolicy, parseRange } from '../load-dataset.ts';
import { officerZones } from '../officer-zones.ts';
import { findingsJson, findingsText } from '../render/findings-report.ts';
import type { Output } from '../output.ts';

interface CheckOptions extends DataOptions {
  from?: string;
  to?: string;
  json?: boolean;
}

/** `muster check`: duty records against the policy; exit 1 when any finding blocks. */
export function registerCheck(program: Command, out: Output): void {
  program
    .command('check')
    .description('check duty records against the policy and explain every finding')
    .requiredOption('--shifts <file>', 'duty records (shifts.csv)')
    .option('--officers <file>', 'officers.csv (time zones, names; unknown officers become errors)')
    .option('--qualifications <file>', 'qualifications.csv')
    .option('--operations <file>', 'operations JSON (roles and their required qualifications)')
    .option('--sleep <file>', 'logged sleep (sleep.csv: officer_id,start,end); replaces inferred sleep where it exists')
    .option('--policy <file>', 'policy YAML (defaults to the built-in policy)')
    .option('--from <date>', 'report findings from this local date (YYYY-MM-DD)')
    .option('--to <date>', 'report findings up to this local date, inclusive')
    .option('--json', 'print JSON')
    .action((options: CheckOptions) => {
      const policy = loadPolicy(options.policy);
      const range = parseRange(options.from, options.to);
      const dataset = loadDataset(options, policy);
      const result = checkCompliance({
        policy,
        ledger: dataset.ledger,
        qualifications: dataset.qualifications,
        operations: dataset.operations,
        sleep: dataset.sleep,
        range,
        ...(dataset.officers ? { officers: dataset.officers } : {}),
      });
      const summary = summarizeFindings(result.findings, result.officersChecked, result.recordsChecked);
      const zoneOf = officerZones(dataset, policy);
      out.write(
        options.json ? `${JSON.stringify(findingsJson(result.findings, summary, policy, zoneOf), null, 2)}\n` : findingsText(result.findings, summary, policy, dataset, zoneOf),
      );
      out.exitCode = summary.byLevel.block > 0 ? 1 : 0;
    });
}
