import { type Instant, type TimeZone, civilFromDays, daysFromCivil } from '@muster/kernel';
import { type DutyRecord, type Finding, type OperationRole, coveredMs, requiredQualificationsLookup } from '@muster/domain';
import { AssignmentGates } from './assignment-gates.ts';
import { type OfficerIndex, buildStaffingIndex, dutyHoursIn, overtimeHoursIn } from './staffing-index.ts';
import { type Exclusion, type StaffingInput, type StaffingResult, TEAM_RULES_DEFAULTS, type TeamMember } from './staffing-types.ts';

const DAY_MS = 86_400_000;

interface Candidate {
  readonly entry: OfficerIndex;
  readonly roles: readonly OperationRole[];
  readonly score: number;
  readonly hoursPrior7Days: number;
  readonly overtimeHoursThisMonth: number;
  readonly recruit: boolean;
  readonly veteran: boolean;
}

/**
 * Proposes a team for an operation: officers who pass every hard gate of the policy for the
 * assignment, ranked by recent hours and overtime, under the team rules; and for every officer not
 * chosen, the first gate they fail. Gates are the policy's own rules applied to the officer's
 * records plus the assignment, so "hours limits counting the operation" is what `muster check` would
 * say of the result.
 *
 * Two stages keep it fast for a whole agency: every officer goes through the cheap gates
 * (availability, qualifications) and is ranked; then candidates are checked in rank order, first
 * against the rules whose lookback is at most a day (rest, duty length), then against every rule,
 * fatigue included, until the team is filled. Officers never reached are reported as ranked lower.
 */
export function staffOperation(
  input: StaffingInput,
  index: readonly OfficerIndex[] = buildStaffingIndex(input.officers, input.ledger, input.qualifications, input.policy),
): StaffingResult {
  const { operation, policy } = input;
  const teamRules = input.teamRules ?? TEAM_RULES_DEFAULTS;
  const operations = new Map([[operation.id, operation]]);
  const required = requiredQualificationsLookup(policy, operations);
  const gates = new AssignmentGates(policy, operations, input.sleep);
  const roles = [...operation.roles].sort((a, b) => rank(a) - rank(b));
  // Stage 1 handles each officer once, so its exclusions need no de-duplication; later ones do.
  const firstStage: Exclusion[] = [];
  const excluded = new Map<string, Exclusion>();
  const exclude = (exclusion: Exclusion): void => {
    if (!excluded.has(exclusion.officerId)) excluded.set(exclusion.officerId, exclusion);
  };
  const assignment = (officerId: string, role: string): DutyRecord => ({ officerId, start: operation.start, end: operation.end, kind: 'regular', operationId: operation.id, role });

  // Stage 1: cheap gates and ranking for every officer, cheapest first.
  const requirements = roles.map((role) => required(assignment('', role.role)));
  const window = operation.end - operation.start;
  const holds = (entry: OfficerIndex, q: string): boolean => coveredMs(entry.validity.get(q) ?? [], operation.start, operation.end) === window;
  const candidates: Candidate[] = [];
  const monthBounds = new Map<string, [number, number]>();
  for (const entry of index) {
    const id = entry.officer.id;
    const clash = gates.unavailable(entry, operation.start, operation.end);
    if (clash) {
      firstStage.push({ officerId: id, gate: 'unavailable', record: clash });
      continue;
    }
    // Plain loops: this runs for every officer of the agency.
    let qualified: OperationRole[] | undefined;
    for (let r = 0; r < roles.length; r++) {
      const needs = requirements[r]!;
      let ok = true;
      for (let q = 0; q < needs.length && ok; q++) ok = holds(entry, needs[q]!);
      if (ok) (qualified ??= []).push(roles[r]!);
    }
    if (!qualified) {
      firstStage.push({ officerId: id, gate: 'qualification', role: roles[0]!.role, missing: requirements[0]!.filter((q) => !holds(entry, q)) });
      continue;
    }
    const hoursPrior7Days = dutyHoursIn(entry, operation.start - 7 * DAY_MS, operation.start);
    const overtimeHoursThisMonth = overtimeHoursIn(entry, ...monthOf(entry.zone, operation.start, monthBounds));
    const serviceYears = (entry.zone.localDayOf(operation.start) - entry.officer.hireDate) / 365.25;
    candidates.push({
      entry,
      roles: qualified,
      score: hoursPrior7Days + 0.5 * overtimeHoursThisMonth,
      hoursPrior7Days,
      overtimeHoursThisMonth,
      recruit: serviceYears < teamRules.recruitYears || entry.officer.academyTrack === 'abbreviated',
      veteran: serviceYears + entry.officer.priorLeYears >= teamRules.veteranYears,
    });
  }
  candidates.sort((a, b) => a.score - b.score); // stable: ties keep the index's officer-id order

  // Stage 2: the full check, in rank order, until the team is filled.
  const positions = roles.flatMap((role) => Array.from({ length: role.count }, () => role));
  const budget = (input.depthPerPosition ?? 4) * positions.length;
  const checked = new Map<string, Finding[] | 'blocked'>();
  let fullyChecked = 0;
  const fullCheck = (candidate: Candidate, role: OperationRole): Finding[] | undefined => {
    const key = `${candidate.entry.officer.id}\u0000${role.role}`;
    let result = checked.get(key);
    if (result === undefined) {
      fullyChecked++;
      const verdict = gates.check(candidate.entry, assignment(candidate.entry.officer.id, role.role));
      if (verdict.block) {
        exclude({ officerId: candidate.entry.officer.id, gate: 'rule', finding: verdict.block });
        result = 'blocked';
      } else result = [...verdict.warnings];
      checked.set(key, result);
    }
    return result === 'blocked' ? undefined : result;
  };
  const team: TeamMember[] = [];
  const chosen = new Set<string>();
  const unfilled = new Map<string, { missing: number; reason: string }>();
  const fill = (role: OperationRole, allowRecruit: boolean): TeamMember | undefined => {
    for (const candidate of candidates) {
      const id = candidate.entry.officer.id;
      if (chosen.has(id) || !candidate.roles.includes(role)) continue;
      if (candidate.recruit && (role.lead || !allowRecruit)) {
        if (role.lead) exclude({ officerId: id, gate: 'team.recruit-lead', role: role.role });
        continue;
      }
      if (fullyChecked >= budget && !checked.has(`${id}\u0000${role.role}`)) break;
      const warnings = fullCheck(candidate, role);
      if (!warnings) continue;
      chosen.add(id);
      return {
        role: role.role,
        officerId: id,
        recruit: candidate.recruit,
        veteran: candidate.veteran,
        score: candidate.score + 10 * warnings.length,
        hoursPrior7Days: candidate.hoursPrior7Days,
        overtimeHoursThisMonth: candidate.overtimeHoursThisMonth,
        warnings: warnings.map((f) => f.ruleId),
      };
    }
    return undefined;
  };
  for (const role of positions) {
    const member = fill(role, true);
    if (member) team.push(member);
    else addUnfilled(unfilled, role.role, 'no officer passes every gate for it (see the exclusions)');
  }
  // Team rule: enough veterans per recruit; replace the lowest-ranked recruits until it holds.
  while (team.filter((m) => m.veteran).length < team.filter((m) => m.recruit).length * teamRules.veteransPerRecruit) {
    const recruits = team.filter((m) => m.recruit);
    const worst = recruits.reduce((a, b) => (b.score > a.score ? b : a));
    team.splice(team.indexOf(worst), 1);
    exclude({ officerId: worst.officerId, gate: 'team.veteran-ratio', role: worst.role });
    const role = operation.roles.find((r) => r.role === worst.role)!;
    const replacement = fill(role, false);
    if (replacement) team.push(replacement);
    else
      addUnfilled(unfilled, role.role, `no veteran or experienced officer passes every gate to replace a recruit (team rule: ${teamRules.veteransPerRecruit} veteran per recruit)`);
  }
  candidates.forEach((candidate, position) => {
    const id = candidate.entry.officer.id;
    if (!team.some((m) => m.officerId === id)) exclude({ officerId: id, gate: 'ranked-lower', position: position + 1, of: candidates.length });
  });
  return {
    operationId: operation.id,
    start: operation.start,
    end: operation.end,
    team,
    unfilled: [...unfilled].map(([role, u]) => ({ role, ...u })),
    excluded: [...firstStage, ...[...excluded.values()].filter((e) => !team.some((m) => m.officerId === e.officerId))],
    officersConsidered: index.length,
    fullyChecked,
  };
}

/** Lead roles first, then driving roles, then the rest: the most constrained are filled first. */
function rank(role: OperationRole): number {
  return role.lead ? 0 : role.driving ? 1 : 2;
}

function addUnfilled(unfilled: Map<string, { missing: number; reason: string }>, role: string, reason: string): void {
  const current = unfilled.get(role);
  unfilled.set(role, { missing: (current?.missing ?? 0) + 1, reason });
}

/** The local calendar month around `at` in `zone`, as instants; cached per zone (agencies use few). */
function monthOf(zone: TimeZone, at: Instant, cache: Map<string, [number, number]>): [number, number] {
  let bounds = cache.get(zone.name);
  if (!bounds) {
    const { year, month } = civilFromDays(zone.localDayOf(at));
    bounds = [zone.startOfLocalDay(daysFromCivil(year, month, 1)), zone.startOfLocalDay(month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1))];
    cache.set(zone.name, bounds);
  }
  return bounds;
}
