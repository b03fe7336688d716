import { MS_PER_HOUR, type Instant } from '@muster/kernel';
import { defineRule } from './rule-definition.ts';
import { levelFor } from './thresholds.ts';

/** Too little rest between the end of one duty period and the start of the next. */
export const restMinBetweenDuties = defineRule({
  id: 'rest.min-between-duties',
  title: 'Rest between duties',
  category: 'duty-time',
  unit: 'h',
  comparison: 'below',
  lookbackHours: 24,
  defaults: { enabled: true, warn: 12, block: 10 },
  evaluate(timeline, settings, _context, emit) {
    const { count, starts, ends } = timeline.periods;
    for (let i = 1; i < count; i++) {
      const hours = (starts[i]! - ends[i - 1]!) / MS_PER_HOUR;
      const crossed = levelFor(hours, settings, 'below');
      if (!crossed) continue;
      emit({
        ruleId: 'rest.min-between-duties',
        ...crossed,
        officerId: timeline.officerId,
        start: ends[i - 1] as Instant,
        end: starts[i] as Instant,
        measured: hours,
        unit: 'h',
        facts: {},
      });
    }
  },
});
