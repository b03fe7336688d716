import { type TimeZone, formatInstant, formatLocalMinute } from '@muster/kernel';
import { DEFAULT_RULES, type Dataset, type Finding, type FindingSummary, type Policy, formatHours, renderFinding } from '@muster/domain';

/** The `--json` shape of `muster check`. */
export function findingsJson(findings: readonly Finding[], summary: FindingSummary, policy: Policy, zoneOf: (officerId: string) => TimeZone) {
  return {
    findings: findings.map((f) => {
      const zone = zoneOf(f.officerId);
      return {
        ruleId: f.ruleId,
        level: f.level,
        officerId: f.officerId,
        start: formatInstant(f.start, zone),
        end: formatInstant(f.end, zone),
        measured: round(f.measured),
        limit: f.limit,
        unit: f.unit,
        message: renderFinding(f, zone),
      };
    }),
    summary: { policy: policy.name, ...summary },
  };
}

/** A readable report grouped by officer; each officer's findings in time order. */
export function findingsText(findings: readonly Finding[], summary: FindingSummary, policy: Policy, dataset: Dataset, zoneOf: (officerId: string) => TimeZone): string {
  const lines: string[] = [];
  lines.push(`muster check — policy "${policy.name}": ${summary.officersChecked} officers, ${summary.recordsChecked} records`);
  lines.push(
    summary.findings === 0
      ? 'No findings: every record is within the policy.'
      : `${summary.byLevel.block} block and ${summary.byLevel.warn} warn findings for ${summary.officersWithFindings} officers.`,
  );
  let current: string | undefined;
  for (const f of findings) {
    const zone = zoneOf(f.officerId);
    if (f.officerId !== current) {
      current = f.officerId;
      const officer = dataset.officers?.get(f.officerId);
      lines.push('');
      lines.push(officer ? `${officer.id}  ${officer.name} — ${officer.unit}, ${officer.rank} (${zone.name})` : `${f.officerId} (${zone.name})`);
    }
    const measured = f.unit === 'h' ? `${formatHours(f.measured)} vs ${formatHours(f.limit)}` : `${Math.round(f.measured * 100) / 100} vs ${f.limit} ${f.unit}`;
    lines.push(`  ${f.level === 'block' ? 'BLOCK' : 'warn '}  ${f.ruleId.padEnd(31)} ${formatLocalMinute(f.start, zone)} → ${formatLocalMinute(f.end, zone)}   ${measured}`);
    lines.push(`         ${renderFinding(f, zone)}`);
  }
  if (summary.findings > 0) {
    lines.push('');
    lines.push('By rule:');
    for (const ruleId of DEFAULT_RULES.map((rule) => rule.id).filter((id) => summary.byRule[id])) {
      const counts = summary.byRule[ruleId]!;
      lines.push(`  ${ruleId.padEnd(31)} ${String(counts.block).padStart(5)} block ${String(counts.warn).padStart(5)} warn   docs/rules/${ruleId}.md`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
