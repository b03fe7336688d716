import type { Instant } from '@muster/kernel';
import { type DutyRecord, type Finding, type Officer, type OfficerQualification, type Policy, coveredMs, requiredQualificationsLookup } from '@muster/domain';
import type { SleepInterval } from '@muster/fatigue';
import { AssignmentGates } from './assignment-gates.ts';
import { compareOvertimeStanding } from './overtime-equalisation-order.ts';
import { type OfficerIndex, type StaffingIndex, buildStaffingIndex, overtimeHoursIn } from './staffing-index.ts';
import type { Exclusion } from './staffing-types.ts';

/** A shift that needs an officer on overtime. */
export interface OpenShift {
  readonly start: Instant;
  readonly end: Instant;
  /** Role on the record (its policy requirements apply), if any. */
  readonly role?: string;
  readonly requiredQualifications: readonly string[];
}

export interface OvertimeListInput {
  readonly shift: OpenShift;
  readonly officers: ReadonlyMap<string, Officer>;
  readonly qualifications: ReadonlyMap<string, readonly OfficerQualification[]>;
  readonly ledger: ReadonlyMap<string, readonly DutyRecord[]>;
  readonly sleep?: ReadonlyMap<string, readonly SleepInterval[]>;
  readonly policy: Policy;
  /** Officers who volunteered for overtime. */
  readonly volunteers: ReadonlySet<string>;
  /** `hours`: volunteers with the fewest overtime hours since `periodStart` first; `rotation`: the order of `rotation`. */
  readonly order: 'hours' | 'rotation';
  /** Volunteer ids in rotation order, next first (with order `rotation`). */
  readonly rotation?: readonly string[];
  /** Start of the equalisation period (overtime hours are counted from here). */
  readonly periodStart: Instant;
}

/** One officer's place on the list and what happened when it was their turn. */
export interface OvertimeListEntry {
  readonly officerId: string;
  readonly list: 'voluntary' | 'mandatory';
  /** 1-based turn in the order the list is offered. */
  readonly turn: number;
  /** Overtime hours since the period start (the equalisation measure). */
  readonly overtimeHours: number;
  /** Days since hire on the shift's day (seniority). */
  readonly seniorityDays: number;
  readonly outcome: 'assigned' | 'skipped' | 'not-reached';
  /** Why the officer was skipped. */
  readonly skip?: Exclusion;
  /** Warnings the assignment would create, for the assigned officer. */
  readonly warnings?: readonly Finding[];
}

export interface OvertimeListResult {
  /** The officer who gets the shift and whether it is forced (mandatory) or voluntary overtime. */
  readonly assigned?: { readonly officerId: string; readonly forced: boolean };
  readonly entries: readonly OvertimeListEntry[];
}

/**
 * Fills an open shift from an overtime equalisation list: volunteers first — fewest overtime hours
 * since the period start (ties: the more senior; {@link compareOvertimeStanding}) or in rotation order — then, if no volunteer
 * can take it, mandatory overtime by inverse seniority (the least senior first). Officers whom a
 * hard rule or predicted fatigue would block are skipped with the reason, by the same gates as
 * operation staffing. Every officer's place, outcome and reason are returned.
 */
export function fillOpenShift(
  input: OvertimeListInput,
  index: StaffingIndex = buildStaffingIndex(input.officers, input.ledger, input.qualifications, input.policy),
): OvertimeListResult {
  const { shift, policy } = input;
  const gates = new AssignmentGates(policy, new Map(), input.sleep);
  const record = (officerId: string): DutyRecord => ({
    officerId,
    start: shift.start,
    end: shift.end,
    kind: 'overtime',
    ...(shift.role === undefined ? {} : { role: shift.role }),
  });
  const required = [...new Set([...shift.requiredQualifications, ...requiredQualificationsLookup(policy, new Map())(record(''))])];
  const people = index.officers.map((entry) => ({
    entry,
    officerId: entry.officer.id,
    overtimeHours: overtimeHoursIn(entry, input.periodStart, shift.start),
    seniorityDays: entry.zone.localDayOf(shift.start) - entry.officer.hireDate,
  }));
  const rotationPlace = new Map((input.rotation ?? []).map((id, i) => [id, i]));
  const voluntary = people
    .filter((p) => input.volunteers.has(p.entry.officer.id))
    .sort((a, b) =>
      input.order === 'rotation' ? (rotationPlace.get(a.entry.officer.id) ?? Infinity) - (rotationPlace.get(b.entry.officer.id) ?? Infinity) : compareOvertimeStanding(a, b),
    );
  const mandatory = people.filter((p) => !input.volunteers.has(p.entry.officer.id)).sort((a, b) => a.seniorityDays - b.seniorityDays);
  const entries: OvertimeListEntry[] = [];
  let assigned: OvertimeListResult['assigned'];
  [...voluntary.map((p) => ({ ...p, list: 'voluntary' as const })), ...mandatory.map((p) => ({ ...p, list: 'mandatory' as const }))].forEach((person, i) => {
    const id = person.entry.officer.id;
    const base = { officerId: id, list: person.list, turn: i + 1, overtimeHours: person.overtimeHours, seniorityDays: person.seniorityDays };
    if (assigned) {
      entries.push({ ...base, outcome: 'not-reached' });
      return;
    }
    const skip = gate(person.entry, gates, shift, required, record(id));
    if ('exclusion' in skip) {
      entries.push({ ...base, outcome: 'skipped', skip: skip.exclusion });
      return;
    }
    assigned = { officerId: id, forced: person.list === 'mandatory' };
    entries.push({ ...base, outcome: 'assigned', warnings: skip.warnings });
  });
  return { ...(assigned ? { assigned } : {}), entries };
}

function gate(
  entry: OfficerIndex,
  gates: AssignmentGates,
  shift: OpenShift,
  required: readonly string[],
  record: DutyRecord,
): { exclusion: Exclusion } | { warnings: readonly Finding[] } {
  const id = entry.officer.id;
  const clash = gates.unavailable(entry, shift.start, shift.end);
  if (clash) return { exclusion: { officerId: id, gate: 'unavailable', record: clash } };
  const missing = required.filter((q) => coveredMs(entry.validity.get(q) ?? [], shift.start, shift.end) !== shift.end - shift.start);
  if (missing.length > 0) return { exclusion: { officerId: id, gate: 'qualification', role: shift.role ?? 'the shift', missing } };
  const verdict = gates.check(entry, record);
  return verdict.block ? { exclusion: { officerId: id, gate: 'rule', finding: verdict.block } } : { warnings: verdict.warnings };
}
