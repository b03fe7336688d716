import { forEachDayRun } from './day-runs.ts';
import { defineRule } from './rule-definition.ts';
import { levelFor } from './thresholds.ts';

/**
 * Too many local calendar days in a row without a day off. A day off is a local day with no
 * minute of duty; only days between the officer's first and last duty count. With the default
 * `block: 7`, seven consecutive days that each hold duty break the "one day off in every 7" rule.
 */
export const daysOffMinPer7Days = defineRule({
  id: 'days-off.min-per-7-days',
  title: 'Day off in every 7',
  category: 'duty-time',
  unit: 'days',
  comparison: 'at-or-above',
  lookbackHours: 24 * 14,
  defaults: { enabled: true, warn: null, block: 7 },
  evaluate(timeline, settings, _context, emit) {
    const { firstDay, worked } = timeline.dutyDays;
    const workedDays: number[] = [];
    for (let d = 0; d < worked.length; d++) if (worked[d] === 1) workedDays.push(firstDay + d);
    forEachDayRun(workedDays, (first, last) => {
      const run = last - first + 1;
      const crossed = levelFor(run, settings, 'at-or-above');
      if (!crossed) return;
      emit({
        ruleId: 'days-off.min-per-7-days',
        ...crossed,
        officerId: timeline.officerId,
        start: timeline.startOfDay(first),
        end: timeline.startOfDay(last + 1),
        measured: run,
        unit: 'days',
        facts: { firstDay: first, lastDay: last },
      });
    });
  },
});
