import type { Finding } from './finding.ts';

export interface FindingSummary {
  readonly officersChecked: number;
  readonly recordsChecked: number;
  readonly officersWithFindings: number;
  readonly findings: number;
  readonly byLevel: { readonly warn: number; readonly block: number };
  /** Per rule id, in the order rules first appear. */
  readonly byRule: Readonly<Record<string, { readonly warn: number; readonly block: number }>>;
}

/** Counts findings by level and rule. */
export function summarizeFindings(findings: readonly Finding[], officersChecked: number, recordsChecked: number): FindingSummary {
  const byRule: Record<string, { warn: number; block: number }> = {};
  const byLevel = { warn: 0, block: 0 };
  const officers = new Set<string>();
  for (const finding of findings) {
    byLevel[finding.level]++;
    (byRule[finding.ruleId] ??= { warn: 0, block: 0 })[finding.level]++;
    officers.add(finding.officerId);
  }
  return { officersChecked, recordsChecked, officersWithFindings: officers.size, findings: findings.length, byLevel, byRule };
}
