import type { RiskIndexParams } from './risk-index-params.ts';

/**
 * Relative risk from the rest before a duty: `quickReturnFactor` when fewer than
 * `quickReturnBelowHours` elapsed hours separate it from the previous duty, else 1.0. `null` (no
 * previous duty known) is 1.0. A step, not a curve: the injury study behind the default reports one
 * ratio for all quick returns.
 */
export function quickReturnFactor(restBeforeHours: number | null, params: Pick<RiskIndexParams, 'quickReturnBelowHours' | 'quickReturnFactor'>): number {
  return restBeforeHours !== null && restBeforeHours < params.quickReturnBelowHours ? params.quickReturnFactor : 1;
}
