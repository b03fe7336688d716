import type { Demand, DutyRecord, OfficerQualification } from '@muster/domain';
import { type DayNumber, TimeZone, timeZone } from '@muster/kernel';
import type { RosterInput } from '@muster/optimizer';
import { localInstant } from '../demo/local-instant.ts';

/**
 * The input's demand less what its pinned records already cover (the search counts only the
 * records it places), and how many officer-shifts those records cover. A pinned record covers a
 * slot when it is worked duty starting and ending at the template's local times that day; one with
 * a role counts for that role, one without (the usual published crew shift) for the first role of
 * that shift still short whose qualifications the officer holds that day (the demand's and the
 * policy's for the role).
 */
export function netOfPinnedCover(input: RosterInput): { demand: Demand[]; covered: number } {
  const fallback = timeZone(input.policy.timeZone);
  const templates = new Map(input.templates.map((t) => [t.id, t]));
  const remaining = input.demand.map((d) => d.count);
  const records = [...input.pinned.values()].flat().filter((r) => r.kind !== 'on_call');
  // Records that name their role claim their slot before role-less ones take what is left.
  records.sort((a, b) => Number(a.role === undefined) - Number(b.role === undefined));
  let covered = 0;
  for (const record of records) {
    const zone = TimeZone.find(input.officers.get(record.officerId)?.timeZone ?? '') ?? fallback;
    const day = zone.localDayOf(record.start);
    const grants = input.qualifications.get(record.officerId) ?? [];
    const open = input.demand.flatMap((d, i) => {
      const template = templates.get(d.template);
      return d.day === day && remaining[i]! > 0 && template !== undefined && sameTimes(record, template, day, zone) ? [i] : [];
    });
    const slot =
      record.role === undefined
        ? open.find((i) => holdsAll(grants, [...(input.policy.roles[input.demand[i]!.role] ?? []), ...input.demand[i]!.requiredQualifications], day))
        : open.find((i) => input.demand[i]!.role === record.role);
    if (slot === undefined) continue;
    remaining[slot]!--;
    covered++;
  }
  return { demand: input.demand.flatMap((d, i) => (remaining[i]! > 0 ? [{ ...d, count: remaining[i]! }] : [])), covered };
}

function sameTimes(record: DutyRecord, template: { startMinutes: number; endMinutes: number }, day: DayNumber, zone: TimeZone): boolean {
  const endDay = template.endMinutes <= template.startMinutes ? day + 1 : day;
  return record.start === localInstant(zone, day, template.startMinutes) && record.end === localInstant(zone, endDay, template.endMinutes);
}

function holdsAll(grants: readonly OfficerQualification[], required: readonly string[], day: DayNumber): boolean {
  return required.every((q) => grants.some((g) => g.qualificationId === q && g.issued <= day && g.expires >= day));
}
