import { MS_PER_HOUR, type Instant } from '@muster/kernel';
import { defineRule } from './rule-definition.ts';
import { levelFor } from './thresholds.ts';

/**
 * A duty period longer than the limit. A shift and a holdover that follows it directly are one
 * period, so the holdover counts towards the length. Elapsed time: a night that spans the
 * fall-back change is an hour longer than its wall-clock hours.
 */
export const dutyMaxLength = defineRule({
  id: 'duty.max-length',
  title: 'Duty period length',
  category: 'duty-time',
  unit: 'h',
  comparison: 'above',
  lookbackHours: 0,
  defaults: { enabled: true, warn: 12, block: 16 },
  evaluate(timeline, settings, _context, emit) {
    const { count, starts, ends, recordCounts } = timeline.periods;
    for (let i = 0; i < count; i++) {
      const hours = (ends[i]! - starts[i]!) / MS_PER_HOUR;
      const crossed = levelFor(hours, settings, 'above');
      if (!crossed) continue;
      emit({
        ruleId: 'duty.max-length',
        ...crossed,
        officerId: timeline.officerId,
        start: starts[i] as Instant,
        end: ends[i] as Instant,
        measured: hours,
        unit: 'h',
        facts: { records: recordCounts[i]! },
      });
    }
  },
});
