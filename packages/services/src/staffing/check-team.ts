import { AppError, invariant } from '@muster/kernel';
import { TEAM_RULES_DEFAULTS, type TeamRules, staffOperation } from '@muster/optimizer';
import type { StoredOperation } from '../ports/operation-store.ts';
import type { ProposalMember } from '../ports/proposal-store.ts';
import { excludedOfficer, proposalMember } from './proposal-result.ts';
import type { StaffingData } from './staffing-data.ts';

/** An officer in a role of an operation. */
export interface Assignment {
  readonly role: string;
  readonly officerId: string;
}

// One officer at a time: the veterans-per-recruit rule is a property of the whole team, judged after.
const ONE_OFFICER: TeamRules = { ...TEAM_RULES_DEFAULTS, veteransPerRecruit: 0 };

/**
 * Puts each assignment through the staffing engine's own gates — availability, the role's
 * qualifications for the whole window, the policy's rules with the assignment added, a recruit in a
 * lead role — by staffing the officer alone for that one position, then checks the team's veterans
 * per recruit. Returns the members with their score parts and warnings; the first failure throws
 * `proposal.gate-failed` with the gate and its reason, followed by `hint`.
 */
export function checkTeam(operation: StoredOperation, data: StaffingData, team: readonly Assignment[], hint: string): ProposalMember[] {
  const members = team.map((assignment) => {
    const role = operation.roles.find((r) => r.role === assignment.role);
    const officer = data.officers.get(assignment.officerId);
    invariant(role && officer, 'team roles and officers are checked before the gates', { ...assignment });
    const result = staffOperation({
      operation: { ...operation, roles: [{ ...role, count: 1 }] },
      officers: new Map([[officer.id, officer]]),
      qualifications: data.qualifications,
      ledger: data.ledger,
      policy: data.policy,
      teamRules: ONE_OFFICER,
    });
    const member = result.team[0];
    if (member !== undefined) return proposalMember(member, data);
    const exclusion = result.excluded[0];
    invariant(exclusion, 'an officer left off a one-position team is excluded with a gate', { ...assignment });
    const { gate, reason } = excludedOfficer(exclusion, data);
    throw gateFailed(operation, assignment, gate, reason, hint);
  });
  const veterans = members.filter((m) => m.veteran).length;
  const recruits = members.filter((m) => m.recruit);
  if (veterans < recruits.length * TEAM_RULES_DEFAULTS.veteransPerRecruit) {
    const reason = `the team has ${veterans} veteran(s) (≥ ${TEAM_RULES_DEFAULTS.veteranYears} years) for ${recruits.length} recruit(s); the team rule needs ${TEAM_RULES_DEFAULTS.veteransPerRecruit} per recruit`;
    throw gateFailed(operation, recruits[recruits.length - 1]!, 'team.veteran-ratio', reason, hint);
  }
  return members;
}

function gateFailed(operation: StoredOperation, assignment: Assignment, gate: string, reason: string, hint: string): AppError {
  return new AppError(
    'proposal.gate-failed',
    `Officer ${assignment.officerId} cannot take role "${assignment.role}" on operation ${operation.id} [${gate}]: ${reason.replace(/\.$/, '')}. ${hint}`,
    {
      officerId: assignment.officerId,
      role: assignment.role,
      gate,
      reason,
    },
  );
}
