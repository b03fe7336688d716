import type { Instant } from '@muster/kernel';
import type { TeamMember } from '@muster/optimizer';

/** `proposed` until a supervisor accepts it, replaces its team (`overridden`) or discards it. */
export const PROPOSAL_STATUSES = ['proposed', 'accepted', 'overridden', 'discarded'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Candidates were the operation's unit, or the whole agency. */
export type StaffingScope = 'unit' | 'agency';

/**
 * An officer on a proposed (or decided) team: the engine's member — role, recruit or veteran, score
 * parts (lower is better: hours in the 7 days before + 0.5 × overtime hours this month + 10 per
 * warning) and the rule ids of warnings — with the officer's name.
 */
export interface ProposalMember extends TeamMember {
  readonly name: string;
  /** The duty record written for the member once the proposal is accepted or overridden. */
  readonly dutyRecordId?: number;
}

/** Positions of a role the team leaves open, and why. */
export interface UnfilledRole {
  readonly role: string;
  readonly missing: number;
  readonly reason: string;
}

/** An officer who is not on the team: the first gate they fail (a rule id for policy rules) and the reason in English. */
export interface ExcludedOfficer {
  readonly officerId: string;
  readonly name: string;
  readonly gate: string;
  readonly reason: string;
}

/** What the staffing engine proposed, worded for people; never changed once stored. */
export interface ProposalResult {
  readonly scope: StaffingScope;
  readonly policyVersion: number;
  readonly team: readonly ProposalMember[];
  readonly unfilled: readonly UnfilledRole[];
  readonly excluded: readonly ExcludedOfficer[];
  readonly officersConsidered: number;
  readonly fullyChecked: number;
}

/** The team in force: the proposed one, or the one a supervisor put in its place. */
export interface ProposalTeam {
  readonly members: readonly ProposalMember[];
  readonly unfilled: readonly UnfilledRole[];
}

export interface StoredProposal {
  readonly id: number;
  readonly operationId: string;
  readonly status: ProposalStatus;
  readonly result: ProposalResult;
  readonly team: ProposalTeam;
  readonly createdBy: string;
  readonly createdAt: Instant;
  readonly decidedBy?: string;
  readonly decidedAt?: Instant;
  readonly reason?: string;
}

export type NewProposal = Pick<StoredProposal, 'operationId' | 'result' | 'team' | 'createdBy' | 'createdAt'>;

/** A supervisor's decision on a proposal. */
export interface ProposalDecision {
  readonly status: Exclude<ProposalStatus, 'proposed'>;
  readonly team: ProposalTeam;
  readonly decidedBy: string;
  readonly decidedAt: Instant;
  readonly reason?: string;
}

/** Where an operation's staffing stands, from its proposals (without their contents). */
export interface ProposalSummary {
  readonly proposals: number;
  /** Proposals still waiting for a decision. */
  readonly open: number;
  /** The accepted or overridden proposal, once there is one (at most one per operation). */
  readonly decided?: { readonly id: number; readonly status: 'accepted' | 'overridden' };
}

/** Staffing proposals and the decisions on them. */
export interface ProposalStore {
  insert(proposal: NewProposal): Promise<StoredProposal>;
  get(id: number): Promise<StoredProposal | undefined>;
  /** The operation's proposals, oldest first. */
  forOperation(operationId: string): Promise<StoredProposal[]>;
  /** Each listed operation's staffing in one read; an operation without proposals is absent. */
  summaries(operationIds: readonly string[]): Promise<Map<string, ProposalSummary>>;
  /**
   * Records the decision if the proposal is still `proposed`; `undefined` when it is not (decided
   * meanwhile). At most one proposal of an operation may be accepted or overridden: deciding a
   * second one so throws `operation.already-staffed`.
   */
  decide(id: number, decision: ProposalDecision): Promise<StoredProposal | undefined>;
}
