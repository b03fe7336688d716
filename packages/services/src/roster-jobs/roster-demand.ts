import type { Demand, ShiftTemplate } from '@muster/domain';
import { AppError, type DayNumber, type Instant, type TimeZone, formatDay } from '@muster/kernel';
import type { UnitRosterSettings } from '../ports/roster-settings-store.ts';
import { expandWeeklyDemand } from './expand-weekly-demand.ts';

/**
 * A unit's templates and its demand on local days `from`..`to` from its settings;
 * `roster-job.no-demand` when there is none to plan.
 */
export function rosterDemand(
  settings: UnitRosterSettings | undefined,
  unitId: string,
  from: DayNumber,
  to: DayNumber,
  zone: TimeZone,
  now: Instant,
): { readonly templates: readonly ShiftTemplate[]; readonly demand: Demand[] } {
  const demand = settings === undefined ? [] : expandWeeklyDemand(settings, from, to, zone, now);
  if (settings !== undefined && demand.length > 0) return { templates: settings.templates, demand };
  throw new AppError(
    'roster-job.no-demand',
    `Unit ${unitId} has no demand to roster from ${formatDay(from)} to ${formatDay(to)}${settings === undefined ? ' (no roster settings)' : ''}. Maybe set its weekly demand with PUT /api/units/${unitId}/roster-settings?`,
    { unitId, from: formatDay(from), to: formatDay(to) },
  );
}
