import type { ShiftTemplate } from '@muster/domain';
import type { Instant } from '@muster/kernel';

/** Officers a unit needs on a template, in a role, on every such day of the week. */
export interface WeeklyDemand {
  readonly template: string;
  /** 0 = Sunday … 6 = Saturday, a local day in the unit's zone. */
  readonly weekday: number;
  readonly role: string;
  readonly count: number;
  readonly requiredQualifications: readonly string[];
}

/** What a roster job of a unit plans against: its shift templates and its weekly demand. */
export interface UnitRosterSettings {
  readonly unitId: string;
  readonly templates: readonly ShiftTemplate[];
  readonly weeklyDemand: readonly WeeklyDemand[];
  readonly updatedAt: Instant;
  /** The account that last stored them (absent for the demo seed). */
  readonly updatedBy?: string;
}

/** Each unit's roster settings: one row per unit, replaced whole. */
export interface RosterSettingsStore {
  get(unitId: string): Promise<UnitRosterSettings | undefined>;
  /** Stores the unit's settings, replacing what was there. */
  put(settings: UnitRosterSettings): Promise<UnitRosterSettings>;
}
