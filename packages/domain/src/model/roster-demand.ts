import type { DayNumber } from '@muster/kernel';
import type { DutyKind } from './duty-record.ts';

/** A shift pattern with real local times; an end not after the start is on the next day. */
export interface ShiftTemplate {
  readonly id: string;
  /** Minutes after local midnight. */
  readonly startMinutes: number;
  readonly endMinutes: number;
  readonly kind: DutyKind;
}

/** How many officers a unit needs on a template in a role on a local day, with what qualifications. */
export interface Demand {
  readonly day: DayNumber;
  readonly template: string;
  readonly role: string;
  readonly count: number;
  readonly requiredQualifications: readonly string[];
}

/** An officer's wish for a day: off, or on (a given template or any). */
export interface RosterRequest {
  readonly officerId: string;
  readonly day: DayNumber;
  readonly type: 'off' | 'on';
  readonly template?: string;
  readonly weight: number;
}
