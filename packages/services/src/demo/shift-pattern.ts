import { daysFromCivil } from '@muster/kernel';

/** The three crews' shifts of a demo unit. */
export type CrewShift = 'day' | 'evening' | 'night';

/** Local start and end of a shift, in minutes after midnight; an end not after the start is on the next day. */
export interface ShiftTimes {
  readonly startMinutes: number;
  readonly endMinutes: number;
}

/**
 * The demo units' roster: 10-hour shifts on a 4-on/3-off week, the pattern many U.S. agencies
 * run. Day 07:00–17:00, evening (swing) 13:00–23:00 and night 21:00–07:00 overlap at shift change
 * and in the evening peak. The evening shift ends before midnight because, under the default sleep
 * inference, a 01:00 finish predicts lapses on most evening shifts, which would bury the
 * night-shift fatigue findings a demo should show.
 *
 * Half of each shift's officers work Sunday–Wednesday and half Wednesday–Saturday, so every day
 * is covered and Wednesday (both halves on) is the training and briefing day. Crews rotate
 * forward (day → evening → night) every 28 days: forward rotation is easier to adapt to than
 * backward, and three days off separate the last shift of one block from the first of the next.
 */
export const SHIFT_PATTERN = {
  shifts: {
    day: { startMinutes: 7 * 60, endMinutes: 17 * 60 },
    evening: { startMinutes: 13 * 60, endMinutes: 23 * 60 },
    night: { startMinutes: 21 * 60, endMinutes: 7 * 60 },
  } satisfies Record<CrewShift, ShiftTimes>,
  rotation: ['day', 'evening', 'night'] as const satisfies readonly CrewShift[],
  rotationDays: 28,
  onDays: 4,
  /** First on-day of each half of a shift, as a day of the week (0 = Sunday). */
  firstDaysOfWeek: [0, 3] as const,
  /** Crews per unit: the three shifts times the two halves of the week. */
  crews: 6,
  /** A Sunday that starts a rotation period, so the rotation does not depend on the demo's `today`. */
  rotationAnchor: daysFromCivil(2026, 1, 4),
} as const;
