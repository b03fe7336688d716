import { MS_PER_HOUR, MS_PER_MINUTE, type Instant, dailyWindowOverlap } from '@muster/kernel';
import { z } from 'zod';
import { forEachDayRun } from './day-runs.ts';
import { defineRule } from './rule-definition.ts';
import { levelFor } from './thresholds.ts';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a local time "HH:MM"');

export interface NightParams {
  /** Local start of the night window, "HH:MM". */
  readonly nightStart: string;
  /** Local end of the night window on the next day, "HH:MM". */
  readonly nightEnd: string;
  /** Hours inside night windows that make a duty period a night duty. */
  readonly minNightHours: number;
}

/**
 * Too many night duties on consecutive local days. A night duty is a duty period with at least
 * `minNightHours` inside local night windows (default 23:00–06:00); it belongs to the local day on
 * which it starts. Folkard's trends: risk rises over successive nights (about +36 % by the fourth).
 */
export const nightsMaxConsecutive = defineRule<NightParams>({
  id: 'nights.max-consecutive',
  title: 'Consecutive nights',
  category: 'duty-time',
  unit: 'nights',
  comparison: 'above',
  lookbackHours: 24 * 7,
  defaults: { enabled: true, warn: 4, block: null, nightStart: '23:00', nightEnd: '06:00', minNightHours: 3 },
  paramsSchema: z.object({ nightStart: clockTime, nightEnd: clockTime, minNightHours: z.number().positive().max(24) }),
  evaluate(timeline, settings, _context, emit) {
    const { count, starts, ends } = timeline.periods;
    const startDays = timeline.periodStartDays;
    const windowStartMs = clockMillis(settings.nightStart);
    const windowEndMs = clockMillis(settings.nightEnd);
    const minNightMs = settings.minNightHours * MS_PER_HOUR;
    const nightDays: number[] = [];
    const nightIndex: number[] = [];
    for (let i = 0; i < count; i++) {
      const nightMs = dailyWindowOverlap(timeline.zone, starts[i]!, ends[i]!, windowStartMs, windowEndMs);
      if (nightMs >= minNightMs) {
        nightDays.push(startDays[i]!);
        nightIndex.push(i);
      }
    }
    forEachDayRun(nightDays, (first, last, firstIndex, lastIndex) => {
      const run = last - first + 1;
      const crossed = levelFor(run, settings, 'above');
      if (!crossed) return;
      emit({
        ruleId: 'nights.max-consecutive',
        ...crossed,
        officerId: timeline.officerId,
        start: starts[nightIndex[firstIndex]!] as Instant,
        end: ends[nightIndex[lastIndex]!] as Instant,
        measured: run,
        unit: 'nights',
        facts: { firstDay: first, lastDay: last },
      });
    });
  },
});

function clockMillis(hhmm: string): number {
  return (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * MS_PER_MINUTE;
}
