import type { Officer, ShiftTemplate, Unit } from '@muster/domain';
import type { Instant } from '@muster/kernel';
import type { UnitRosterSettings, WeeklyDemand } from '../ports/roster-settings-store.ts';
import { type CrewShift, SHIFT_PATTERN } from './shift-pattern.ts';

/**
 * Share of a crew a shift needs on duty: the rest covers leave, training days and court, so the
 * demand is met by the crews as the demo lays them out, with room for a roster job to move people.
 */
export const DEMO_STAFFING_SHARE = 0.75;

/** The qualification a shift's supervisor holds: recruits in field training do not lead a shift. */
const SUPERVISOR_QUALIFICATION = 'fto-signoff';

/**
 * Roster settings of each demo unit that match its crews: the demo's three shifts as templates, and
 * on each weekday, per crew on duty that day (one, or two on the overlap day), a supervisor and
 * patrol officers making up {@link DEMO_STAFFING_SHARE} of a crew.
 */
export function demoRosterSettings(units: readonly Unit[], officers: readonly Officer[], at: Instant): UnitRosterSettings[] {
  const shifts = Object.keys(SHIFT_PATTERN.shifts) as CrewShift[];
  const templates: ShiftTemplate[] = shifts.map((id) => ({ id, ...SHIFT_PATTERN.shifts[id], kind: 'regular' }));
  return units.map((unit) => {
    const crewSize = Math.floor(officers.filter((o) => o.unit === unit.id).length / SHIFT_PATTERN.crews);
    const onDuty = Math.max(1, Math.floor(crewSize * DEMO_STAFFING_SHARE));
    const weeklyDemand: WeeklyDemand[] = [];
    for (let weekday = 0; weekday < 7; weekday++) {
      const crews = SHIFT_PATTERN.firstDaysOfWeek.filter((first) => (weekday - first + 7) % 7 < SHIFT_PATTERN.onDays).length;
      for (const template of shifts) {
        weeklyDemand.push({ template, weekday, role: 'supervisor', count: crews, requiredQualifications: [SUPERVISOR_QUALIFICATION] });
        if (onDuty > 1) weeklyDemand.push({ template, weekday, role: 'patrol', count: crews * (onDuty - 1), requiredQualifications: [] });
      }
    }
    return { unitId: unit.id, templates, weeklyDemand, updatedAt: at };
  });
}
