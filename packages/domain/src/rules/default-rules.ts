import { daysMaxConsecutiveDutyDays } from './days.max-consecutive-duty-days.ts';
import { daysOffMinPer7Days } from './days-off.min-per-7-days.ts';
import { dutyMaxLength } from './duty.max-length.ts';
import { fatigueAwakeAtEndOfDuty } from './fatigue.awake-at-end-of-duty.ts';
import { fatigueKssOnDuty } from './fatigue.kss-on-duty.ts';
import { fatigueLapsesOnDuty } from './fatigue.lapses-on-duty.ts';
import { fatigueRiskIndex } from './fatigue.risk-index.ts';
import { hoursMaxRolling48h } from './hours.max-rolling-48h.ts';
import { hoursMaxRolling7d } from './hours.max-rolling-7d.ts';
import { hoursMaxRolling96h } from './hours.max-rolling-96h.ts';
import { nightsMaxConsecutive } from './nights.max-consecutive.ts';
import { overtimeMaxMonthly } from './overtime.max-monthly.ts';
import { qualificationRequired } from './qualification.required.ts';
import { restMinBetweenDuties } from './rest.min-between-duties.ts';
import type { RuleDefinition } from './rule-definition.ts';

/** Every rule muster knows, in the order reports list them. */
export const DEFAULT_RULES: readonly RuleDefinition[] = [
  dutyMaxLength,
  restMinBetweenDuties,
  hoursMaxRolling48h,
  hoursMaxRolling96h,
  hoursMaxRolling7d,
  daysMaxConsecutiveDutyDays,
  nightsMaxConsecutive,
  daysOffMinPer7Days,
  overtimeMaxMonthly,
  qualificationRequired,
  fatigueKssOnDuty,
  fatigueLapsesOnDuty,
  fatigueAwakeAtEndOfDuty,
  fatigueRiskIndex,
];

/** The rule with this id, or undefined. */
export function findRule(id: string): RuleDefinition | undefined {
  return DEFAULT_RULES.find((rule) => rule.id === id);
}
