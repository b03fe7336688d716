import { type TimeZone, formatLocalMinute } from '@muster/kernel';
import { renderFinding } from '@muster/domain';
import type { Exclusion, TeamRules } from './staffing-types.ts';

/** The gate an exclusion names: a rule id for policy rules, else the gate. */
export function exclusionGate(exclusion: Exclusion): string {
  return exclusion.gate === 'rule' ? exclusion.finding.ruleId : exclusion.gate;
}

/** The English reason for an exclusion, with times in the officer's zone. */
export function renderExclusion(exclusion: Exclusion, zone: TimeZone, rules: TeamRules): string {
  switch (exclusion.gate) {
    case 'unavailable':
      return `already on ${exclusion.record.kind} duty ${formatLocalMinute(exclusion.record.start, zone)} to ${formatLocalMinute(exclusion.record.end, zone)} during the operation`;
    case 'qualification':
      return `lacks ${exclusion.missing.map((q) => `"${q}"`).join(', ')} valid for the whole operation (role "${exclusion.role}")`;
    case 'rule':
      return renderFinding(exclusion.finding, zone);
    case 'team.recruit-lead':
      return `a recruit (under ${rules.recruitYears} year(s) of service or from an abbreviated academy) may not take the lead role "${exclusion.role}"`;
    case 'team.veteran-ratio':
      return `the team needs ${rules.veteransPerRecruit} veteran(s) (≥ ${rules.veteranYears} years) per recruit; this recruit ranked lowest`;
    case 'ranked-lower':
      return `qualified and available; ranked ${exclusion.position} of ${exclusion.of} by recent hours and overtime, and better-ranked officers filled the team`;
  }
}
