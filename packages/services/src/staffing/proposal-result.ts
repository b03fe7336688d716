import { type Exclusion, type StaffingResult, TEAM_RULES_DEFAULTS, type TeamMember, exclusionGate, renderExclusion } from '@muster/optimizer';
import type { ExcludedOfficer, ProposalMember, ProposalResult, StaffingScope } from '../ports/proposal-store.ts';
import type { StaffingData } from './staffing-data.ts';

/** Hours to the hundredth: sums of record lengths carry float noise no one should read. */
const hundredths = (hours: number): number => Math.round(hours * 100) / 100;

/** A team member with the officer's name, as a proposal keeps it. */
export function proposalMember(member: TeamMember, data: StaffingData): ProposalMember {
  return {
    role: member.role,
    officerId: member.officerId,
    name: data.officers.get(member.officerId)?.name ?? member.officerId,
    recruit: member.recruit,
    veteran: member.veteran,
    score: hundredths(member.score),
    hoursPrior7Days: hundredths(member.hoursPrior7Days),
    overtimeHoursThisMonth: hundredths(member.overtimeHoursThisMonth),
    warnings: [...member.warnings],
  };
}

/** An exclusion worded in the officer's zone: the gate (a rule id for policy rules) and the reason. */
export function excludedOfficer(exclusion: Exclusion, data: StaffingData): ExcludedOfficer {
  return {
    officerId: exclusion.officerId,
    name: data.officers.get(exclusion.officerId)?.name ?? exclusion.officerId,
    gate: exclusionGate(exclusion),
    reason: renderExclusion(exclusion, data.zoneOf(exclusion.officerId), TEAM_RULES_DEFAULTS),
  };
}

/** The engine's result as a proposal stores it: names, reasons in English, hours rounded. */
export function proposalResult(result: StaffingResult, data: StaffingData, scope: StaffingScope): ProposalResult {
  return {
    scope,
    policyVersion: data.policyVersion,
    team: result.team.map((m) => proposalMember(m, data)),
    unfilled: result.unfilled.map((u) => ({ role: u.role, missing: u.missing, reason: u.reason })),
    excluded: result.excluded.map((e) => excludedOfficer(e, data)),
    officersConsidered: result.officersConsidered,
    fullyChecked: result.fullyChecked,
  };
}
