import type { Instant } from '@muster/kernel';
import { z } from 'zod';
import { RISK_TIERS, type RiskTier } from '../model/operation.ts';
import { sleepBeforeFacts } from './fatigue-facts.ts';
import { defineRule } from './rule-definition.ts';
import { crosses } from './thresholds.ts';

export interface KssParams {
  /** Operation risk tiers for which the block level applies; elsewhere the highest level is warn. */
  readonly blockTiers: readonly RiskTier[];
}

/**
 * Predicted sleepiness on duty (Three Process Model, KSS 1–9) at its peak over the awake epochs
 * of a duty period: ≥ 7 ("sleepy") warns; ≥ 8 blocks a duty for an operation of a high or
 * critical tier. A group-average prediction from the roster, not a measurement of the officer.
 */
export const fatigueKssOnDuty = defineRule<KssParams>({
  id: 'fatigue.kss-on-duty',
  title: 'Predicted sleepiness on duty',
  category: 'fatigue',
  unit: 'KSS',
  comparison: 'at-or-above',
  lookbackHours: 24 * 28,
  defaults: { enabled: true, warn: 7, block: 8, blockTiers: ['high', 'critical'] },
  paramsSchema: z.object({ blockTiers: z.array(z.enum(RISK_TIERS)) }),
  fatigueScreen: (settings) => ({ kss: Math.min(settings.warn ?? Infinity, settings.block ?? Infinity) }),
  evaluate(timeline, settings, context, emit) {
    const { duties, sleep } = timeline.fatigue(context.fatigue, context.fatigueScreen);
    const { starts, ends } = timeline.periods;
    let recordIndex = 0;
    duties.forEach((duty, i) => {
      if (Number.isNaN(duty.maxKss)) return;
      // The highest operation tier among the records of this period.
      let tier: RiskTier | undefined;
      while (recordIndex < timeline.records.length && timeline.records[recordIndex]!.start < ends[i]!) {
        const record = timeline.records[recordIndex]!;
        const recordTier = record.end > starts[i]! ? context.riskTier(record) : undefined;
        if (recordTier && (!tier || RISK_TIERS.indexOf(recordTier) > RISK_TIERS.indexOf(tier))) tier = recordTier;
        recordIndex++;
      }
      const blocks = settings.block !== null && tier !== undefined && settings.blockTiers.includes(tier) && crosses(duty.maxKss, settings.block, 'at-or-above');
      const warns = settings.warn !== null && crosses(duty.maxKss, settings.warn, 'at-or-above');
      if (!blocks && !warns) return;
      emit({
        ruleId: 'fatigue.kss-on-duty',
        level: blocks ? 'block' : 'warn',
        limit: blocks ? settings.block! : settings.warn!,
        officerId: timeline.officerId,
        start: starts[i] as Instant,
        end: ends[i] as Instant,
        measured: duty.maxKss,
        unit: 'KSS',
        facts: { peakAt: duty.maxKssAt, hoursAwake: duty.hoursAwakeAtMaxKss, tier: tier ?? '', ...sleepBeforeFacts(sleep, starts[i] as Instant) },
      });
    });
  },
});
