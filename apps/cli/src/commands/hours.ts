import { formatDay } from '@muster/kernel';
import { flsa7kPeriods, formatHours, title5Weeks } from '@muster/domain';
import type { Command } from 'commander';
import { type DataOptions, loadDataset, loadPolicy, parseRange } from '../load-dataset.ts';
import { officerZones } from '../officer-zones.ts';
import type { Output } from '../output.ts';

interface HoursOptions extends DataOptions {
  from?: string;
  to?: string;
  json?: boolean;
}

/** `muster hours`: pay-relevant hours per officer: FLSA 7(k) work periods and Title 5 weeks. */
export function registerHours(program: Command, out: Output): void {
  program
    .command('hours')
    .description('hours worked and overtime per officer: FLSA 7(k) work periods and Title 5 administrative weeks')
    .requiredOption('--shifts <file>', 'duty records (shifts.csv)')
    .option('--officers <file>', 'officers.csv')
    .option('--policy <file>', 'policy YAML (work period length and anchor, Title 5 week)')
    .option('--from <date>', 'first local date of periods to report (YYYY-MM-DD)')
    .option('--to <date>', 'last local date of periods to report')
    .option('--json', 'print JSON')
    .action((options: HoursOptions) => {
      const policy = loadPolicy(options.policy);
      const range = parseRange(options.from, options.to);
      const dataset = loadDataset(options, policy);
      const zoneOf = officerZones(dataset, policy);
      const inRange = (first: number, last: number): boolean => (range.from === undefined || last >= range.from) && (range.to === undefined || first <= range.to);
      const officers = [...dataset.ledger.keys()].sort().map((officerId) => {
        const records = dataset.ledger.get(officerId)!;
        const zone = zoneOf(officerId);
        const officer = dataset.officers?.get(officerId);
        return {
          officerId,
          ...(officer ? { name: officer.name, unit: officer.unit } : {}),
          timeZone: zone.name,
          flsa7k: flsa7kPeriods(records, zone, policy.pay.flsa7k)
            .filter((p) => inRange(p.periodStart, p.periodEnd))
            .map((p) => ({ ...p, periodStart: formatDay(p.periodStart), periodEnd: formatDay(p.periodEnd) })),
          title5: title5Weeks(records, zone, policy.pay.title5)
            .filter((w) => inRange(w.weekStart, w.weekEnd))
            .map((w) => ({ ...w, weekStart: formatDay(w.weekStart), weekEnd: formatDay(w.weekEnd) })),
        };
      });
      if (options.json) {
        out.write(`${JSON.stringify({ policy: policy.name, flsa7kPeriodDays: policy.pay.flsa7k.periodDays, officers }, null, 2)}\n`);
        return;
      }
      const lines = [`muster hours — policy "${policy.name}", FLSA 7(k) work period ${policy.pay.flsa7k.periodDays} days (from ${formatDay(policy.pay.flsa7k.anchor)})`];
      for (const officer of officers) {
        const who = 'name' in officer ? `${officer.officerId}  ${officer.name} — ${officer.unit}` : officer.officerId;
        lines.push('', `${who} (${officer.timeZone})`);
        lines.push('  FLSA 7(k) period          worked    threshold  overtime  (overtime records)');
        for (const p of officer.flsa7k) {
          lines.push(
            `  ${p.periodStart} – ${p.periodEnd}  ${formatHours(p.hoursWorked).padStart(9)}  ${formatHours(p.thresholdHours).padStart(9)}  ${formatHours(p.overtimeHours).padStart(8)}  (${formatHours(p.overtimeRecordHours)})`,
          );
        }
        lines.push('  Title 5 week              worked    >8 h/day  >40 h/week  overtime');
        for (const w of officer.title5) {
          lines.push(
            `  ${w.weekStart} – ${w.weekEnd}  ${formatHours(w.hoursWorked).padStart(9)}  ${formatHours(w.dailyOvertimeHours).padStart(8)}  ${formatHours(w.weeklyOvertimeHours).padStart(10)}  ${formatHours(w.overtimeHours).padStart(8)}`,
          );
        }
      }
      out.write(`${lines.join('\n')}\n`);
    });
}
