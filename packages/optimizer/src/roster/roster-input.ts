import type { DayNumber } from '@muster/kernel';
import type { Demand, DutyRecord, Officer, OfficerQualification, Policy, RosterRequest, ShiftTemplate } from '@muster/domain';
import type { SleepInterval } from '@muster/fatigue';

export interface RosterInput {
  readonly officers: ReadonlyMap<string, Officer>;
  readonly qualifications: ReadonlyMap<string, readonly OfficerQualification[]>;
  /** Existing records (published or past): kept, and their days are not rostered. */
  readonly pinned: ReadonlyMap<string, readonly DutyRecord[]>;
  readonly sleep?: ReadonlyMap<string, readonly SleepInterval[]>;
  readonly templates: readonly ShiftTemplate[];
  readonly demand: readonly Demand[];
  readonly requests?: readonly RosterRequest[];
  /** Local days to roster, inclusive. */
  readonly from: DayNumber;
  readonly to: DayNumber;
  readonly policy: Policy;
  /** Soft-goal weights; default ROSTER_WEIGHTS. */
  readonly weights?: Partial<RosterWeights>;
}

export type RosterWeights = { readonly [K in keyof typeof ROSTER_WEIGHTS]: number };

/** Score weights of the soft goals (hard: every block finding of the policy). */
export const ROSTER_WEIGHTS = {
  /** Per officer-shift of demand not covered. */
  uncovered: 1000,
  /** Per officer more than demanded on a slot. */
  overCovered: 20,
  /** Per warn finding of the policy (fatigue included). */
  warning: 10,
  /**
   * Predicted fatigue below the warning level: each rostered duty costs this much per tenth of a
   * KSS point its predicted peak exceeds `comfortableKss`, so that of two assignments that break no
   * rule the less sleepy one wins (KSS 5: "neither alert nor sleepy").
   */
  perTenthKss: 1,
  comfortableKss: 5,
  /**
   * Fair overtime: per officer, the square of the hours worked beyond the policy's standard week
   * (pay.title5.weeklyHours, weeks from pay.title5.weekStartsOn) in the weeks the range touches.
   * Squares make two officers with 4 hours each cost less than one with 8.
   */
  perOvertimeHourSquared: 2,
} as const;
