import { type Instant, type TimeZone, civilFromDays, daysFromCivil, invariant } from '@muster/kernel';
import { type DutyRecord, type Finding, type OperationRole, requiredQualificationsLookup } from '@muster/domain';
import { AssignmentGates } from './assignment-gates.ts';
import { serviceStanding } from './service-standing.ts';
import { dutyHoursAndBusy, overtimeHoursBetween } from './agency-index.ts';
import { type OfficerIndex, type StaffingIndex, buildStaffingIndex, coversWindow, firstClash } from './staffing-index.ts';
import { type Exclusion, type StaffingInput, type StaffingResult, TEAM_RULES_DEFAULTS, type TeamMember } from './staffing-types.ts';

const DAY_MS = 86_400_000;

/** Rank keys pack an officer's position under this bound (2^21) below the score. */
const KEY_POSITIONS = 2 ** 21;

interface Candidate {
  readonly entry: OfficerIndex;
  readonly roleMask: number;
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
export function staffOperation(input: StaffingInput, index: StaffingIndex = buildStaffingIndex(input.officers, input.ledger, input.qualifications, input.policy)): StaffingResult {
  const { operation, policy } = input;
  const teamRules = input.teamRules ?? TEAM_RULES_DEFAULTS;
  const operations = new Map([[operation.id, operation]]);
  const required = requiredQualificationsLookup(policy, operations);
  const gates = new AssignmentGates(policy, operations, input.sleep);
  const roles = [...operation.roles].sort((a, b) => rank(a) - rank(b));
  invariant(roles.length <= 30, 'role masks fit 30 bits', { roles: roles.length });
  invariant(index.officers.length < KEY_POSITIONS, 'officer positions fit the rank key', { officers: index.officers.length });
  // Stage 1 handles each officer once, so its exclusions need no de-duplication; later ones do.
  const firstStage: Exclusion[] = [];
  const excluded = new Map<string, Exclusion>();
  const exclude = (exclusion: Exclusion): void => {
    if (!excluded.has(exclusion.officerId)) excluded.set(exclusion.officerId, exclusion);
  };
  const assignment = (officerId: string, role: string): DutyRecord => ({ officerId, start: operation.start, end: operation.end, kind: 'regular', operationId: operation.id, role });

  // Stage 1: cheap gates and ranking for every officer, cheapest first.
  const requirements = roles.map((role) => required(assignment('', role.role)));
  // Per required qualification, whether each officer holds it for the whole window.
  const holdsFor = new Map<string, Uint8Array>();
  for (const q of new Set(requirements.flat())) {
    const blocks = index.validity.get(q);
    const holds = index.scratch.byte(`holds:${q}`).fill(0);
    if (blocks) for (let o = 0; o < holds.length; o++) holds[o] = coversWindow(blocks, o, operation.start, operation.end) ? 1 : 0;
    holdsFor.set(q, holds);
  }
  const needsOf = requirements.map((needs) => needs.map((q) => holdsFor.get(q)!));
  // Hours in the week before, availability and overtime this month for everyone at once, from the
  // agency-wide buckets (a sequential scan instead of a search per officer).
  const officers = index.officers;
  const { scratch } = index;
  const hoursPrior = scratch.float('hoursPrior');
  const busy = scratch.int('busy');
  dutyHoursAndBusy(index.agency, operation.start - 7 * DAY_MS, operation.start, operation.start, operation.end, hoursPrior, busy, scratch.float('busyStart'));
  // Overtime this month, per time zone of the agency (months start at local midnight).
  const overtimeByZone = index.zones.map((zone, slot) => {
    const hours = scratch.float(`overtime:${slot}`);
    overtimeHoursBetween(index.agency, ...monthOf(zone, operation.start), hours);
    return hours;
  });
  // Candidates live in typed arrays (bit r of roleMask: qualified for roles[r]); objects are made
  // only for the few that stage 2 looks at, so ranking a whole agency allocates little.
  const roleMask = scratch.int('roleMask').fill(0);
  const keys = scratch.float('keys');
  const overtimeOf = (o: number): number => overtimeByZone[index.zoneSlot[o]!]![o]!;
  const scoreOf = (o: number): number => hoursPrior[o]! + 0.5 * overtimeOf(o);
  const count = screenOfficers(
    { officers, ids: index.ids, busy, needsOf, missingFirstRole: requirements[0]!, firstRole: roles[0]!.role, start: operation.start, end: operation.end },
    scoreOf,
    { roleMask, keys },
    firstStage,
  );
  const ranked = keys.subarray(0, count).sort();
  const order = scratch.int('order');
  for (let c = 0; c < count; c++) order[c] = ranked[c]! % KEY_POSITIONS;
  const made = new Map<number, Candidate>();
  const candidateAt = (o: number): Candidate => {
    let candidate = made.get(o);
    if (!candidate) {
      const entry = officers[o]!;
      const standing = serviceStanding(entry.officer, entry.zone.localDayOf(operation.start), teamRules);
      candidate = {
        entry,
        roleMask: roleMask[o]!,
        score: scoreOf(o),
        hoursPrior7Days: hoursPrior[o]!,
        overtimeHoursThisMonth: overtimeOf(o),
        recruit: standing.recruit,
        veteran: standing.veteran,
      };
      made.set(o, candidate);
    }
    return candidate;
  };
  const roleBit = new Map(roles.map((role, r) => [role, 1 << r]));

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
    const bit = roleBit.get(role)!;
    for (let c = 0; c < count; c++) {
      const o = order[c]!;
      if ((roleMask[o]! & bit) === 0) continue;
      const candidate = candidateAt(o);
      const id = candidate.entry.officer.id;
      if (chosen.has(id)) continue;
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
  // Everyone else ranked: the first gate they failed in stage 2, else that others ranked higher.
  const onTeam = new Set(team.map((m) => m.officerId));
  const later: Exclusion[] = [...excluded.values()].filter((e) => !onTeam.has(e.officerId));
  for (let c = 0; c < count; c++) {
    const id = index.ids[order[c]!]!;
    if (!onTeam.has(id) && !excluded.has(id)) later.push({ officerId: id, gate: 'ranked-lower', position: c + 1, of: count });
  }
  return {
    operationId: operation.id,
    start: operation.start,
    end: operation.end,
    team,
    unfilled: [...unfilled].map(([role, u]) => ({ role, ...u })),
    excluded: [...firstStage, ...later],
    officersConsidered: officers.length,
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

interface ScreenInput {
  readonly officers: readonly OfficerIndex[];
  readonly ids: readonly string[];
  /** 0: free; else 1 + the index of a record to start looking for the clash from. */
  readonly busy: Int32Array;
  /** needsOf[r][q][o] = 1 when officer o holds the q-th qualification role r needs. */
  readonly needsOf: readonly (readonly Uint8Array[])[];
  readonly missingFirstRole: readonly string[];
  readonly firstRole: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Stage 1 for every officer: the availability and qualification gates (failures go to
 * `exclusions`), then for the rest the role mask and rank key (score in 1/1024 hours,
 * ties in officer-id order, the index's order). Returns how many keys were written. A function of
 * its own so that the engine optimises this loop over a whole agency as one unit.
 */
function screenOfficers(input: ScreenInput, scoreOf: (o: number) => number, out: { roleMask: Int32Array; keys: Float64Array }, exclusions: Exclusion[]): number {
  const { officers, ids, busy, needsOf } = input;
  // Officers who lack the same qualifications share one `missing` list.
  const missingByPattern = new Map<number, readonly string[]>();
  let count = 0;
  for (let o = 0; o < officers.length; o++) {
    if (busy[o]! > 0) {
      const clash = firstClash(officers[o]!.records, busy[o]! - 1, input.start, input.end);
      if (clash) exclusions.push({ officerId: ids[o]!, gate: 'unavailable', record: clash });
      else invariant(false, 'a duty period overlapping the window holds a duty record overlapping it', { officerId: ids[o] });
      continue;
    }
    let mask = 0;
    for (let r = 0; r < needsOf.length; r++) {
      const needs = needsOf[r]!;
      let ok = true;
      for (let q = 0; q < needs.length && ok; q++) ok = needs[q]![o] === 1;
      if (ok) mask |= 1 << r;
    }
    if (mask === 0) {
      const needs = needsOf[0]!;
      let pattern = 0;
      for (let q = 0; q < needs.length; q++) if (needs[q]![o] !== 1) pattern |= 1 << q;
      let missing = missingByPattern.get(pattern);
      if (!missing) missingByPattern.set(pattern, (missing = input.missingFirstRole.filter((_, q) => (pattern & (1 << q)) !== 0)));
      exclusions.push({ officerId: ids[o]!, gate: 'qualification', role: input.firstRole, missing });
      continue;
    }
    out.roleMask[o] = mask;
    out.keys[count++] = Math.round(scoreOf(o) * 1024) * KEY_POSITIONS + o;
  }
  return count;
}

/** The local calendar month around `at` in `zone`, as instants. */
function monthOf(zone: TimeZone, at: Instant): [number, number] {
  const { year, month } = civilFromDays(zone.localDayOf(at));
  return [zone.startOfLocalDay(daysFromCivil(year, month, 1)), zone.startOfLocalDay(month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1))];
}
