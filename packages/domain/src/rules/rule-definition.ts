import type { z } from 'zod';
import type { OfficerTimeline } from '../compliance/officer-timeline.ts';
import type { Finding, MeasureUnit } from '../findings/finding.ts';
import type { DutyRecord } from '../model/duty-record.ts';
import type { RiskTier } from '../model/operation.ts';
import type { QualificationType } from '../model/qualification.ts';
import type { FatigueScreen } from '@muster/fatigue';
import type { FatiguePolicy } from '../policy/fatigue-policy.ts';
import type { Comparison, Thresholds } from './thresholds.ts';

export type RuleCategory = 'duty-time' | 'qualification' | 'fatigue';

/** The settings every rule has in a policy, plus its own parameters `P`. */
export type RuleSettings<P extends object = object> = Thresholds & { readonly enabled: boolean } & P;

/** Facts from outside an officer's timeline that some rules need. */
export interface RuleContext {
  /** Qualification ids a record's operation role requires (empty when it has no role). */
  requiredQualifications(record: DutyRecord): readonly string[];
  /** The catalogue entry of a qualification id, when the catalogue has it. */
  qualification(id: string): QualificationType | undefined;
  /** Risk tier of the operation a record belongs to, if it belongs to a known one. */
  riskTier(record: DutyRecord): RiskTier | undefined;
  /** Fatigue model, sleep-inference and risk-index parameters of the policy. */
  readonly fatigue: FatiguePolicy;
  /**
   * The lowest predicted KSS and lapses any enabled rule acts on; duties proven to stay below both
   * need no epoch-by-epoch evaluation. Undefined: evaluate every duty.
   */
  readonly fatigueScreen?: FatigueScreen;
}

/** Receives findings as a rule produces them. */
export type FindingSink = (finding: Finding) => void;

/**
 * One policy rule, defined once and read by the compliance check, the optimizer and the docs.
 * The id is also the file name of the rule, its doc page (`docs/rules/<id>.md`) and its message key.
 */
export interface RuleDefinition<P extends object = object> {
  readonly id: string;
  /** A short title for tables and headings. */
  readonly title: string;
  /** What the rule is about: limits on duty time, qualifications held, or predicted fatigue. */
  readonly category: RuleCategory;
  readonly unit: MeasureUnit;
  readonly comparison: Comparison;
  /** How far back from a moment the rule looks, in hours: records older than this cannot change its verdict there. */
  readonly lookbackHours: number;
  readonly defaults: RuleSettings<P>;
  /** Schema of the rule's own parameters (beyond enabled/warn/block), for policy validation. */
  readonly paramsSchema?: z.ZodType<P>;
  /** The predicted KSS and lapses below which this rule cannot find anything (for fatigue screening). */
  fatigueScreen?(settings: RuleSettings<P>): Partial<FatigueScreen>;
  /** Evaluates one officer's timeline, sending each finding to `emit`. */
  evaluate(timeline: OfficerTimeline, settings: RuleSettings<P>, context: RuleContext, emit: FindingSink): void;
}

/** Identity function that keeps a rule's parameter type while typing it as a rule. */
export function defineRule<P extends object>(rule: RuleDefinition<P>): RuleDefinition<P> {
  return rule;
}
