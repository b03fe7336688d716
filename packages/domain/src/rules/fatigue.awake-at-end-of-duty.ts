import type { Instant } from '@muster/kernel';
import { sleepBeforeFacts } from './fatigue-facts.ts';
import { defineRule } from './rule-definition.ts';
import { levelFor } from './thresholds.ts';

/**
 * Hours awake at the end of a duty period, from the assumed sleep: 17 h awake impairs performance
 * about as much as a blood alcohol concentration of 0.05 % (Dawson & Reid 1997, Nature 388:235;
 * Williamson & Feyer 2000, Occup Environ Med 57:649–655).
 */
export const fatigueAwakeAtEndOfDuty = defineRule({
  id: 'fatigue.awake-at-end-of-duty',
  title: 'Hours awake at end of duty',
  category: 'fatigue',
  unit: 'h',
  comparison: 'at-or-above',
  lookbackHours: 24 * 28,
  defaults: { enabled: true, warn: 17, block: null },
  evaluate(timeline, settings, context, emit) {
    const { duties, sleep } = timeline.fatigue(context.fatigue, context.fatigueScreen);
    const { starts, ends } = timeline.periods;
    duties.forEach((duty, i) => {
      if (Number.isNaN(duty.hoursAwakeAtEnd)) return;
      const crossed = levelFor(duty.hoursAwakeAtEnd, settings, 'at-or-above');
      if (!crossed) return;
      emit({
        ruleId: 'fatigue.awake-at-end-of-duty',
        ...crossed,
        officerId: timeline.officerId,
        start: starts[i] as Instant,
        end: ends[i] as Instant,
        measured: duty.hoursAwakeAtEnd,
        unit: 'h',
        facts: sleepBeforeFacts(sleep, starts[i] as Instant),
      });
    });
  },
});
