import type { Instant } from '@muster/kernel';
import { defineRule } from './rule-definition.ts';
import { levelFor } from './thresholds.ts';

/**
 * The schedule-risk index of a duty period: the relative risk of an incident compared with a
 * single 8-h day shift, after Folkard's published trends (docs/fatigue/risk-index.md). ≥ 1.6 warns.
 */
export const fatigueRiskIndex = defineRule({
  id: 'fatigue.risk-index',
  title: 'Schedule-risk index',
  category: 'fatigue',
  unit: 'index',
  comparison: 'at-or-above',
  lookbackHours: 24 * 14,
  defaults: { enabled: true, warn: 1.6, block: null },
  evaluate(timeline, settings, context, emit) {
    const risks = timeline.risk(context.fatigue);
    const { starts, ends } = timeline.periods;
    risks.forEach((risk, i) => {
      const crossed = levelFor(risk.index, settings, 'at-or-above');
      if (!crossed) return;
      const { factors } = risk;
      emit({
        ruleId: 'fatigue.risk-index',
        ...crossed,
        officerId: timeline.officerId,
        start: starts[i] as Instant,
        end: ends[i] as Instant,
        measured: risk.index,
        unit: 'index',
        facts: {
          shiftType: risk.shiftType,
          successiveCount: risk.successiveCount,
          restBeforeHours: risk.restBeforeHours ?? NaN,
          timeOfDay: factors.timeOfDay,
          successive: factors.successive,
          shiftLength: factors.shiftLength,
          quickReturn: factors.quickReturn,
          breaks: factors.breaks,
        },
      });
    });
  },
});
