import type { Instant } from '@muster/kernel';
import type { DutyRecord, Finding, Officer, OfficerQualification, Operation, Policy } from '@muster/domain';
import type { SleepInterval } from '@muster/fatigue';

/** Who counts as a recruit and a veteran, and how many veterans a team needs per recruit. */
export interface TeamRules {
  /** Years of law-enforcement service (here plus prior) that make a veteran. */
  readonly veteranYears: number;
  /** Under this many years in the agency, an officer is a recruit (as is anyone from an abbreviated academy). */
  readonly recruitYears: number;
  /** Veterans required on the team for each recruit on it. */
  readonly veteransPerRecruit: number;
}

export const TEAM_RULES_DEFAULTS: TeamRules = { veteranYears: 3, recruitYears: 1, veteransPerRecruit: 1 };

export interface StaffingInput {
  readonly operation: Operation;
  readonly officers: ReadonlyMap<string, Officer>;
  readonly qualifications: ReadonlyMap<string, readonly OfficerQualification[]>;
  /** Each officer's records, sorted by start. */
  readonly ledger: ReadonlyMap<string, readonly DutyRecord[]>;
  readonly sleep?: ReadonlyMap<string, readonly SleepInterval[]>;
  readonly policy: Policy;
  readonly teamRules?: TeamRules;
  /** How many ranked candidates per open position get the full check (default 4). */
  readonly depthPerPosition?: number;
}

/**
 * Why an officer is not on the team: the first gate they fail, or that others ranked higher. Data,
 * worded late by renderExclusion (as findings are), so ranking a whole agency builds no sentences.
 */
export type Exclusion =
  | { readonly officerId: string; readonly gate: 'unavailable'; readonly record: DutyRecord }
  | { readonly officerId: string; readonly gate: 'qualification'; readonly role: string; readonly missing: readonly string[] }
  | { readonly officerId: string; readonly gate: 'rule'; readonly finding: Finding }
  | { readonly officerId: string; readonly gate: 'team.recruit-lead'; readonly role: string }
  | { readonly officerId: string; readonly gate: 'team.veteran-ratio'; readonly role: string }
  | { readonly officerId: string; readonly gate: 'ranked-lower'; readonly position: number; readonly of: number };

export interface TeamMember {
  readonly role: string;
  readonly officerId: string;
  readonly recruit: boolean;
  readonly veteran: boolean;
  /** Ranking score (lower is better) and what it is made of. */
  readonly score: number;
  readonly hoursPrior7Days: number;
  readonly overtimeHoursThisMonth: number;
  /** Warn-level findings the assignment would create (rule ids). */
  readonly warnings: readonly string[];
}

export interface StaffingResult {
  readonly operationId: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly team: readonly TeamMember[];
  readonly unfilled: readonly { readonly role: string; readonly missing: number; readonly reason: string }[];
  readonly excluded: readonly Exclusion[];
  /** Officers ranked, and how many got the full check. */
  readonly officersConsidered: number;
  readonly fullyChecked: number;
}
