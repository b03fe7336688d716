import type { Instant } from '@muster/kernel';
import { forEachDayRun } from './day-runs.ts';
import { defineRule } from './rule-definition.ts';
import { levelFor } from './thresholds.ts';

/**
 * Too many duty days in a row. A duty day is a local calendar day on which a duty period starts,
 * so a night that runs past midnight counts once, on the day it began.
 */
export const daysMaxConsecutiveDutyDays = defineRule({
  id: 'days.max-consecutive-duty-days',
  title: 'Consecutive duty days',
  category: 'duty-time',
  unit: 'days',
  comparison: 'above',
  lookbackHours: 24 * 14,
  defaults: { enabled: true, warn: 6, block: 12 },
  evaluate(timeline, settings, _context, emit) {
    const days = timeline.periodStartDays;
    const { starts, ends } = timeline.periods;
    forEachDayRun(days, (first, last, firstIndex, lastIndex) => {
      const run = last - first + 1;
      const crossed = levelFor(run, settings, 'above');
      if (!crossed) return;
      emit({
        ruleId: 'days.max-consecutive-duty-days',
        ...crossed,
        officerId: timeline.officerId,
        start: starts[firstIndex] as Instant,
        end: ends[lastIndex] as Instant,
        measured: run,
        unit: 'days',
        facts: { firstDay: first, lastDay: last, periods: lastIndex - firstIndex + 1 },
      });
    });
  },
});
