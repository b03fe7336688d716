import type { Instant } from '@muster/kernel';
import { sleepBeforeFacts } from './fatigue-facts.ts';
import { defineRule } from './rule-definition.ts';
import { levelFor } from './thresholds.ts';

/**
 * Predicted PVT lapses on duty (Unified Model of Performance) at their peak over the awake epochs
 * of a duty period. The default warns at 12 lapses: the model's early-morning peak on a first night
 * shift after a full day awake (about 21 h awake at the circadian low) reaches it, while the later
 * nights of a run with day sleep (about 10–11) do not; agencies calibrate it in the policy.
 */
export const fatigueLapsesOnDuty = defineRule({
  id: 'fatigue.lapses-on-duty',
  title: 'Predicted lapses on duty',
  category: 'fatigue',
  unit: 'lapses',
  comparison: 'at-or-above',
  lookbackHours: 24 * 28,
  defaults: { enabled: true, warn: 12, block: null },
  fatigueScreen: (settings) => ({ lapses: Math.min(settings.warn ?? Infinity, settings.block ?? Infinity) }),
  evaluate(timeline, settings, context, emit) {
    const { duties, sleep } = timeline.fatigue(context.fatigue, context.fatigueScreen);
    const { starts, ends } = timeline.periods;
    duties.forEach((duty, i) => {
      if (Number.isNaN(duty.maxLapses)) return;
      const crossed = levelFor(duty.maxLapses, settings, 'at-or-above');
      if (!crossed) return;
      emit({
        ruleId: 'fatigue.lapses-on-duty',
        ...crossed,
        officerId: timeline.officerId,
        start: starts[i] as Instant,
        end: ends[i] as Instant,
        measured: duty.maxLapses,
        unit: 'lapses',
        facts: { peakAt: duty.maxLapsesAt, ...sleepBeforeFacts(sleep, starts[i] as Instant) },
      });
    });
  },
});
