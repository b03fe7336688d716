import { type Instant, MS_PER_HOUR, type TimeZone, civilFromDays, daysFromCivil } from '@muster/kernel';
import {
  DEFAULT_RULES,
  type DutyRecord,
  type Finding,
  type OperationRole,
  OfficerTimeline,
  type Policy,
  type RuleContext,
  type RuleDefinition,
  checkCompliance,
  coveredMs,
  requiredQualificationsLookup,
} from '@muster/domain';
import { type OfficerIndex, buildStaffingIndex, dutyHoursIn, lowerBound, overtimeHoursIn } from './staffing-index.ts';
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
  const rules = DEFAULT_RULES.filter((rule) => policy.rules[rule.id]?.enabled);
  const quickRules = rules.filter((rule) => rule.lookbackHours <= 24);
  const lookbackMs = Math.max(0, ...rules.map((rule) => rule.lookbackHours)) * MS_PER_HOUR;
  const context: RuleContext = {
    requiredQualifications: required,
    qualification: (id) => policy.qualifications.find((q) => q.id === id),
    riskTier: (record) => (record.operationId === operation.id ? operation.riskTier : undefined),
    fatigue: policy.fatigue,
  };
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
    const clash = overlapping(entry, operation.start, operation.end);
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
      const record = assignment(candidate.entry.officer.id, role.role);
      // The rules that look back at most a day first (rest, duty length): cheap, and the commonest block.
      const quick = blocks(candidate.entry, record, quickRules, policy.rules, context, operation.start - DAY_MS, operation.end + DAY_MS);
      if (quick) {
        exclude({ officerId: candidate.entry.officer.id, gate: 'rule', finding: quick });
        checked.set(key, 'blocked');
        return undefined;
      }
      const findings = findingsWith(candidate.entry, record, input, operation.start - lookbackMs, operation.end + lookbackMs);
      const block = findings.find((f) => f.level === 'block');
      if (block) {
        exclude({ officerId: candidate.entry.officer.id, gate: 'rule', finding: block });
        result = 'blocked';
      } else result = findings;
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

/** A duty record of the officer that overlaps [start, end), if any (on call does not count). */
function overlapping(entry: OfficerIndex, start: number, end: number): DutyRecord | undefined {
  const i = Math.max(0, lowerBound(entry.ends, start + 1));
  if (i >= entry.starts.length || entry.starts[i]! >= end) return undefined;
  for (let k = lowerBound(entry.recordStarts, start - 2 * DAY_MS); k < entry.records.length && entry.records[k]!.start < end; k++) {
    const r = entry.records[k]!;
    if (r.kind !== 'on_call' && r.end > start) return r;
  }
  return undefined;
}

/** The officer's records inside [from, to) with the assignment added, sorted. */
function sliceWith(entry: OfficerIndex, record: DutyRecord, from: number, to: number): DutyRecord[] {
  // Records are sorted by start and none is longer than a couple of days: start the scan two days early.
  const records: DutyRecord[] = [];
  for (let i = lowerBound(entry.recordStarts, from - 2 * DAY_MS); i < entry.records.length && entry.records[i]!.start < to; i++) {
    if (entry.records[i]!.end > from) records.push(entry.records[i]!);
  }
  records.push(record);
  return records.sort((a, b) => a.start - b.start);
}

/** The first block finding that touches the assignment, from these rules on a slice of the record. */
function blocks(
  entry: OfficerIndex,
  record: DutyRecord,
  rules: readonly RuleDefinition[],
  settings: Policy['rules'],
  context: RuleContext,
  from: number,
  to: number,
): Finding | undefined {
  const timeline = new OfficerTimeline(entry.officer.id, entry.zone, sliceWith(entry, record, from, to), [...entry.grants.values()].flat());
  let found: Finding | undefined;
  for (const rule of rules) {
    if (found) break;
    rule.evaluate(timeline, settings[rule.id]!, context, (f) => {
      if (!found && f.level === 'block' && touches(f, record)) found = f;
    });
  }
  return found;
}

/** Every finding of the policy that touches the assignment, from a full check of the slice. */
function findingsWith(entry: OfficerIndex, record: DutyRecord, input: StaffingInput, from: number, to: number): Finding[] {
  const id = entry.officer.id;
  const result = checkCompliance({
    policy: input.policy,
    ledger: new Map([[id, sliceWith(entry, record, from, to)]]),
    officers: new Map([[id, entry.officer]]),
    qualifications: new Map([[id, [...entry.grants.values()].flat()]]),
    operations: new Map([[input.operation.id, input.operation]]),
    ...(input.sleep?.get(id) ? { sleep: new Map([[id, input.sleep.get(id)!]]) } : {}),
  });
  return result.findings.filter((f) => touches(f, record));
}

/** A finding is about the assignment when it overlaps or touches it (a rest gap ends where it starts). */
function touches(finding: Finding, record: DutyRecord): boolean {
  return finding.start <= record.end && finding.end >= record.start;
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
