import type { DutyRecord } from '@muster/domain';
import { type DayNumber, dayOfWeek } from '@muster/kernel';
import { crewShiftOn } from './crew-shift-on.ts';
import type { DemoOfficerPlan } from './demo-officers.ts';
import type { DemoRange } from './demo-range.ts';
import { localInstant } from './local-instant.ts';
import { OfficerLedger } from './officer-ledger.ts';
import { type CrewShift, SHIFT_PATTERN } from './shift-pattern.ts';

/** Consecutive on-days of a crew: one 4-day block of the 4-on/3-off week (shorter at the range's edges). */
export interface CrewBlock {
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;
  readonly shift: CrewShift;
  /** The block's regular shifts, one per day, in order. */
  readonly shifts: readonly DutyRecord[];
}

/** One officer's plan, records and crew blocks while the demo is generated. */
export interface OfficerSchedule {
  readonly plan: DemoOfficerPlan;
  readonly ledger: OfficerLedger;
  readonly blocks: readonly CrewBlock[];
}

/** Academy classes run Monday–Friday 08:00–17:00 local, in minutes after midnight. */
const ACADEMY_DAY = { startMinutes: 8 * 60, endMinutes: 17 * 60 };

/**
 * Lays out an officer's published roster over `range`: academy days while in the academy, then
 * the crew's regular shifts at their local times in the unit's zone (so a night across a clock
 * change is 9 or 11 elapsed hours).
 */
export function layOfficerSchedule(plan: DemoOfficerPlan, range: DemoRange): OfficerSchedule {
  const { officer, zone, academy, crew } = plan;
  const ledger = new OfficerLedger(officer.id, zone);
  for (let day = Math.max(range.historyFrom, academy.firstDay); day <= Math.min(range.futureTo, academy.lastDay); day++) {
    const weekday = dayOfWeek(day);
    if (weekday === 0 || weekday === 6) continue;
    ledger.add({ officerId: officer.id, start: localInstant(zone, day, ACADEMY_DAY.startMinutes), end: localInstant(zone, day, ACADEMY_DAY.endMinutes), kind: 'training' });
  }
  const blocks: CrewBlock[] = [];
  let current: { firstDay: DayNumber; shift: CrewShift; shifts: DutyRecord[] } | undefined;
  const close = (lastDay: DayNumber): void => {
    if (current) blocks.push({ ...current, lastDay });
    current = undefined;
  };
  for (let day = Math.max(range.historyFrom, academy.crewFromDay); day <= range.futureTo; day++) {
    const shift = crewShiftOn(crew, day);
    if (shift === undefined) {
      close(day - 1);
      continue;
    }
    const times = SHIFT_PATTERN.shifts[shift];
    const endDay = times.endMinutes <= times.startMinutes ? day + 1 : day;
    const record: DutyRecord = { officerId: officer.id, start: localInstant(zone, day, times.startMinutes), end: localInstant(zone, endDay, times.endMinutes), kind: 'regular' };
    ledger.add(record);
    if (current && current.shift !== shift) close(day - 1);
    if (!current) current = { firstDay: day, shift, shifts: [] };
    current.shifts.push(record);
  }
  close(range.futureTo);
  return { plan, ledger, blocks };
}
