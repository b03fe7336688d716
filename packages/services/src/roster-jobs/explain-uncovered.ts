import { type DutyRecord, type Finding, type Operation, checkCompliance } from '@muster/domain';
import { type DayNumber, invariant } from '@muster/kernel';
import { type RosterInput, type RosterResult, rosterSlots } from '@muster/optimizer';

/** A slot of demand the roster leaves short, and why the unit's officers did not fill it. */
export interface UncoveredDemand {
  readonly day: DayNumber;
  readonly template: string;
  readonly role: string;
  /** Officers short. */
  readonly missing: number;
  /** Qualifications the slot needs: the demand's and the policy's for the role. */
  readonly required: readonly string[];
  /** The unit's officers, each counted under the first reason that keeps them off the slot. */
  readonly officers: {
    readonly notQualified: number;
    /** They already have a record (pinned or proposed) starting that day. */
    readonly alreadyScheduled: number;
    /** Officers the shift would give a block finding, by rule id (an officer counts once per rule it would break). */
    readonly wouldBreak: Readonly<Record<string, number>>;
    /** Qualified, free and breaking no rule: a longer search may use them. */
    readonly available: number;
  };
}

/**
 * Explains every uncovered slot of a roster: for each officer of the unit, whether they lack a
 * qualification, already work that day, or would break a rule with a block finding (the policy's
 * own rules, on their pinned and proposed records plus the slot) — the reasons a supervisor needs
 * to decide between overtime, a change of demand, or an override.
 */
export function explainUncovered(
  input: RosterInput,
  result: RosterResult,
  ledger: ReadonlyMap<string, readonly DutyRecord[]>,
  findings: readonly Finding[],
  operations: ReadonlyMap<string, Operation>,
): UncoveredDemand[] {
  if (result.uncovered.length === 0) return [];
  const slots = rosterSlots(input);
  const baseline = blocksByRule(findings);
  return result.uncovered.map((u) => {
    const s = slots.slots.findIndex((slot) => slot.day === u.day && slot.template.id === u.template && slot.role === u.role);
    invariant(s >= 0, 'an uncovered slot is a slot of the input', { ...u });
    const cell = u.day - input.from;
    const counts = { notQualified: 0, alreadyScheduled: 0, wouldBreak: {} as Record<string, number>, available: 0 };
    slots.officerIds.forEach((id, e) => {
      const options = slots.allowed[e * slots.days + cell];
      // No options: a pinned record starts that day.
      if (options === undefined) return void counts.alreadyScheduled++;
      if (!options.includes(s)) return void counts.notQualified++;
      const zone = slots.zones[e]!;
      const records = ledger.get(id) ?? [];
      if (records.some((r) => zone.localDayOf(r.start) === u.day)) return void counts.alreadyScheduled++;
      const withSlot = [...records, slots.record(e, s)].sort((a, b) => a.start - b.start);
      const checked = checkCompliance({
        policy: input.policy,
        ledger: new Map([[id, withSlot]]),
        officers: input.officers,
        qualifications: input.qualifications,
        operations,
        range: { from: input.from, to: input.to },
      });
      const before = baseline.get(id);
      const broken = [...(blocksByRule(checked.findings).get(id) ?? new Map<string, number>())].filter(([rule, n]) => n > (before?.get(rule) ?? 0)).map(([rule]) => rule);
      for (const rule of broken) counts.wouldBreak[rule] = (counts.wouldBreak[rule] ?? 0) + 1;
      if (broken.length === 0) counts.available++;
    });
    return { day: u.day, template: u.template, role: u.role, missing: u.missing, required: slots.slots[s]!.required, officers: counts };
  });
}

function blocksByRule(findings: readonly Finding[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const f of findings) {
    if (f.level !== 'block') continue;
    const officer = counts.get(f.officerId) ?? new Map<string, number>();
    officer.set(f.ruleId, (officer.get(f.ruleId) ?? 0) + 1);
    counts.set(f.officerId, officer);
  }
  return counts;
}
