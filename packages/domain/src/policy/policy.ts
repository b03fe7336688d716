import type { DayNumber } from '@muster/kernel';
import type { QualificationType } from '../model/qualification.ts';
import type { RuleSettings } from '../rules/rule-definition.ts';
import type { FatiguePolicy } from './fatigue-policy.ts';

export type { FatiguePolicy };

/** FLSA section 7(k) work period for law enforcement (29 CFR 553.230). */
export interface Flsa7kSettings {
  /** Length of the work period, 7 to 28 days. */
  readonly periodDays: number;
  /** A local day on which a work period begins; periods repeat from it in both directions. */
  readonly anchor: DayNumber;
}

/** Federal Title 5 overtime (5 U.S.C. 5542): hours over a daily or weekly limit. */
export interface Title5Settings {
  readonly dailyHours: number;
  readonly weeklyHours: number;
  /** First day of the administrative workweek: 0 = Sunday … 6 = Saturday. */
  readonly weekStartsOn: number;
}

/** An agency's policy: thresholds per rule, pay rules, the qualification catalogue, role requirements. */
export interface Policy {
  readonly name: string;
  /** Zone for wall-clock times of officers who have none of their own. */
  readonly timeZone: string;
  /** Settings of every known rule, by rule id. */
  readonly rules: Readonly<Record<string, RuleSettings>>;
  readonly pay: { readonly flsa7k: Flsa7kSettings; readonly title5: Title5Settings };
  readonly qualifications: readonly QualificationType[];
  /** Role name → qualification ids any officer in that role must hold (on every operation). */
  readonly roles: Readonly<Record<string, readonly string[]>>;
  readonly fatigue: FatiguePolicy;
  readonly statistics: StatisticsSettings;
}

/** How aggregate statistics are released to readers of aggregates only (the analyst role). */
export interface StatisticsSettings {
  /**
   * Fewest officers a scope of aggregates may hold: a mean, maximum or histogram of fewer describes
   * a person. Statistical agencies suppress cells of under 10–11 people.
   */
  readonly minimumGroupSize: number;
}
