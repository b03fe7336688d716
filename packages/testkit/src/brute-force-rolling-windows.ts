import type { DutyRecord } from '@muster/domain';
import { MS_PER_HOUR } from '@muster/kernel';

/** What the brute-force window scan finds: the most hours in a window over the limit (0 when none), and how many windows are over it. */
export interface RollingWindowScan {
  readonly worst: number;
  readonly violating: number;
}

/**
 * A test oracle for the rolling-hours rules, by the definition and by brute force: joins records
 * (sorted by start) that touch or overlap into duty periods, then for every period start `t` counts
 * the hours of duty inside `[t, t + windowHours)` (elapsed hours, every record counted whatever its
 * kind) and asks `overLimit` whether that window is over the limit.
 */
export function bruteForceRollingWindows(records: readonly DutyRecord[], windowHours: number, overLimit: (hours: number) => boolean): RollingWindowScan {
  const periods: [number, number][] = [];
  for (const r of records) {
    const last = periods[periods.length - 1];
    if (last && r.start <= last[1]) last[1] = Math.max(last[1], r.end);
    else periods.push([r.start, r.end]);
  }
  let worst = 0;
  let violating = 0;
  for (const [t] of periods) {
    let ms = 0;
    for (const [s, e] of periods) ms += Math.max(0, Math.min(e, t + windowHours * MS_PER_HOUR) - Math.max(s, t));
    const hours = ms / MS_PER_HOUR;
    if (overLimit(hours)) {
      violating++;
      worst = Math.max(worst, hours);
    }
  }
  return { worst, violating };
}
