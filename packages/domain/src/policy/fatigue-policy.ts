import type { FatigueParameters, RiskIndexParams } from '@muster/fatigue';

/** Fatigue model, sleep-inference and risk-index parameters of a policy (docs/fatigue/). */
export interface FatiguePolicy extends FatigueParameters {
  readonly riskIndex: RiskIndexParams;
}
