import { type Instant, MS_PER_DAY, MS_PER_MINUTE, TimeZone, invariant } from '@muster/kernel';
import { type DutyRecord, coveredMs, grantInterval, requiredQualificationsLookup } from '@muster/domain';
import type { ShiftTemplate } from '@muster/domain';
import type { RosterInput } from './roster-input.ts';

/** One unit of demand: a template in a role on a day, needing `count` officers. */
export interface Slot {
  readonly day: number;
  readonly template: ShiftTemplate;
  readonly role: string;
  readonly count: number;
  readonly required: readonly string[];
}

/**
 * The roster's variables and their domains: for each officer (row e) and day in the range, the
 * slots the officer may fill — qualified for the whole shift — unless the day is pinned by an
 * existing record. Slot index −1 is a day off.
 */
export interface RosterSlots {
  readonly officerIds: readonly string[];
  readonly zones: readonly TimeZone[];
  readonly days: number;
  readonly slots: readonly Slot[];
  /** allowed[e * days + i]: slot indices officer e may take on day from + i; undefined when pinned. */
  readonly allowed: readonly (Int32Array | undefined)[];
  /** The record officer e works in slot s. */
  record(e: number, s: number): DutyRecord;
}

export function rosterSlots(input: RosterInput): RosterSlots {
  const fallback = TimeZone.find(input.policy.timeZone);
  invariant(fallback, 'policy zone was validated', { zone: input.policy.timeZone });
  const templates = new Map(input.templates.map((t) => [t.id, t]));
  const required = requiredQualificationsLookup(input.policy, new Map());
  const slots: Slot[] = input.demand.map((d) => {
    const template = templates.get(d.template);
    invariant(template, 'demand names a known template', { template: d.template });
    const fromPolicy = required({ officerId: '', start: 0 as Instant, end: 0 as Instant, kind: template.kind, role: d.role });
    return { day: d.day, template, role: d.role, count: d.count, required: [...new Set([...fromPolicy, ...d.requiredQualifications])] };
  });
  const officerIds = [...input.officers.keys()].sort();
  const zones = officerIds.map((id) => TimeZone.find(input.officers.get(id)!.timeZone) ?? fallback);
  const days = input.to - input.from + 1;
  const times = (e: number, s: number): { start: Instant; end: Instant } => {
    const slot = slots[s]!;
    const zone = zones[e]!;
    const base = slot.day * MS_PER_DAY;
    const start = zone.toInstantLenient(base + slot.template.startMinutes * MS_PER_MINUTE);
    const endDay = slot.template.endMinutes <= slot.template.startMinutes ? base + MS_PER_DAY : base;
    return { start, end: zone.toInstantLenient(endDay + slot.template.endMinutes * MS_PER_MINUTE) };
  };
  const allowed: (Int32Array | undefined)[] = [];
  officerIds.forEach((id, e) => {
    const zone = zones[e]!;
    const pinnedDays = new Set((input.pinned.get(id) ?? []).map((r) => zone.localDayOf(r.start)));
    const grants = input.qualifications.get(id) ?? [];
    for (let i = 0; i < days; i++) {
      const day = input.from + i;
      if (pinnedDays.has(day)) {
        allowed.push(undefined);
        continue;
      }
      const options: number[] = [];
      slots.forEach((slot, s) => {
        if (slot.day !== day) return;
        const { start, end } = times(e, s);
        const qualified = slot.required.every((q) => {
          const intervals = grants
            .filter((g) => g.qualificationId === q)
            .map((g) => grantInterval(g, zone))
            .sort((a, b) => a.from - b.from);
          return coveredMs(intervals, start, end) === end - start;
        });
        if (qualified) options.push(s);
      });
      allowed.push(Int32Array.from(options));
    }
  });
  return {
    officerIds,
    zones,
    days,
    slots,
    allowed,
    record: (e, s) => ({ officerId: officerIds[e]!, ...times(e, s), kind: slots[s]!.template.kind, role: slots[s]!.role }),
  };
}
