import type { UnitRosterSettings } from '../ports/roster-settings-store.ts';
import { WEEKDAYS } from './weekdays.ts';

const clock = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A unit's roster settings as the wire shows them: local "HH:MM" times, weekday names. */
export function rosterSettingsDto(s: UnitRosterSettings) {
  return {
    unitId: s.unitId,
    templates: s.templates.map((t) => ({ id: t.id, start: clock(t.startMinutes), end: clock(t.endMinutes), kind: t.kind })),
    weeklyDemand: s.weeklyDemand.map((d) => ({
      template: d.template,
      weekday: WEEKDAYS[d.weekday]!,
      role: d.role,
      count: d.count,
      requiredQualifications: [...d.requiredQualifications],
    })),
    updatedAt: new Date(s.updatedAt).toISOString(),
    ...(s.updatedBy === undefined ? {} : { updatedBy: s.updatedBy }),
  };
}

export type RosterSettingsDto = ReturnType<typeof rosterSettingsDto>;
