import { invariant } from '@muster/kernel';
import type { RiskIndexParams } from './risk-index-params.ts';

type BreakParams = Pick<RiskIndexParams, 'assumedBreakIntervalHours' | 'breakTrendSpellHours' | 'breakTrendPeriodHours' | 'breakTrendLastToFirstRatio'>;

/**
 * Relative risk from the time worked between breaks, for a duty of `dutyHours` (elapsed). Duty
 * records carry no breaks, so the spell is the policy's `assumedBreakIntervalHours`, or the whole duty
 * when shorter.
 *
 * Within a spell risk rises linearly from the first period to the last, where it is
 * `breakTrendLastToFirstRatio` times the first (Tucker et al. 2003: about double over a 2-h spell).
 * The factor is the mean risk over the assumed spell divided by the mean over the measured spell, so a
 * 2-h interval gives exactly 1.0. Spells longer than the measured one continue the line
 * (extrapolation); shorter ones are not credited below 1.0, because breaks are assumed, not recorded.
 */
export function breaksFactor(dutyHours: number, params: BreakParams): number {
  const { breakTrendSpellHours: spell, breakTrendPeriodHours: period, breakTrendLastToFirstRatio: ratio } = params;
  invariant(spell > period && period > 0 && ratio > 0, 'break trend needs a spell longer than its comparison period and a positive ratio', { spell, period, ratio });
  const assumed = Math.min(params.assumedBreakIntervalHours, dutyHours);
  if (assumed <= spell) return 1;
  return meanRiskOver(assumed, spell, period, ratio) / meanRiskOver(spell, spell, period, ratio);
}

// Risk at time t into a spell, 1 at the middle of the first period, `ratio` at the middle of the last;
// its mean over [0, hours] is the line's value at hours / 2.
function meanRiskOver(hours: number, spell: number, period: number, ratio: number): number {
  return 1 + ((ratio - 1) * (hours / 2 - period / 2)) / (spell - period);
}
