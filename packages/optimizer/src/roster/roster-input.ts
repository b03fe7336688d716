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
}

/** Score weights of the soft goals (hard: every block finding of the policy). */
export const ROSTER_WEIGHTS = {
  /** Per officer-shift of demand not covered. */
  uncovered: 1000,
  /** Per officer more than demanded on a slot. */
  overCovered: 20,
  /** Per warn finding of the policy (fatigue included). */
  warning: 10,
} as const;
