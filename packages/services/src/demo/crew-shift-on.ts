import { type DayNumber, dayOfWeek } from '@muster/kernel';
import { type CrewShift, SHIFT_PATTERN } from './shift-pattern.ts';

/**
 * The shift crew number `crew` (0 … 5) of a unit works on local `day`, or `undefined` on its days
 * off. Even crews work Sunday–Wednesday, odd ones Wednesday–Saturday; crews 0–1 start on days,
 * 2–3 on evenings, 4–5 on nights, and all advance one shift every rotation period.
 */
export function crewShiftOn(crew: number, day: DayNumber): CrewShift | undefined {
  const weekday = dayOfWeek(day);
  const firstDay = SHIFT_PATTERN.firstDaysOfWeek[crew % 2]!;
  if ((weekday - firstDay + 7) % 7 >= SHIFT_PATTERN.onDays) return undefined;
  const sunday = day - weekday;
  const period = Math.floor((sunday - SHIFT_PATTERN.rotationAnchor) / SHIFT_PATTERN.rotationDays);
  const rotation = SHIFT_PATTERN.rotation;
  const index = (((Math.floor(crew / 2) + period) % rotation.length) + rotation.length) % rotation.length;
  return rotation[index]!;
}
