import type { Demand, ShiftTemplate } from '@muster/domain';
import { type DayNumber, type Instant, type TimeZone, dayOfWeek } from '@muster/kernel';
import { localInstant } from '../demo/local-instant.ts';
import type { WeeklyDemand } from '../ports/roster-settings-store.ts';

/**
 * The demand of local days `from`..`to` (inclusive, in the unit's `zone`): each weekly row on each
 * day of its weekday. A shift that starts before `notBefore` (now) is left out: it can no longer
 * be staffed by a plan.
 */
export function expandWeeklyDemand(
  settings: { readonly templates: readonly ShiftTemplate[]; readonly weeklyDemand: readonly WeeklyDemand[] },
  from: DayNumber,
  to: DayNumber,
  zone: TimeZone,
  notBefore: Instant,
): Demand[] {
  const templates = new Map(settings.templates.map((t) => [t.id, t]));
  const demand: Demand[] = [];
  for (let day = from; day <= to; day++) {
    const weekday = dayOfWeek(day);
    for (const row of settings.weeklyDemand) {
      const template = templates.get(row.template);
      if (row.weekday !== weekday || template === undefined) continue;
      if (localInstant(zone, day, template.startMinutes) < notBefore) continue;
      demand.push({ day, template: row.template, role: row.role, count: row.count, requiredQualifications: row.requiredQualifications });
    }
  }
  return demand;
}
