import { type Instant, timeZone } from '@muster/kernel';
import {
  DEFAULT_POLICY,
  type DutyRecord,
  type FatiguePolicy,
  type Finding,
  type OfficerQualification,
  OfficerTimeline,
  type RiskTier,
  type RuleDefinition,
  type RuleSettings,
  renderFinding,
} from '@muster/domain';
import { TEST_ZONE, local } from './local-time.ts';

/** A finding as a test states it: level, numbers, and the span in local wall-clock time. */
export interface BriefFinding {
  readonly level: Finding['level'];
  readonly measured: number;
  readonly limit: number;
  readonly from: string;
  readonly to: string;
}

export interface RuleVerdict {
  readonly findings: readonly Finding[];
  /** Findings reduced to what tests usually assert (measured rounded to 1e-6). */
  readonly brief: readonly BriefFinding[];
  /** The English messages, to check that a finding explains itself. */
  readonly messages: readonly string[];
}

export interface VerifyOptions {
  readonly settings?: Partial<RuleSettings> & Record<string, unknown>;
  readonly zone?: string;
  readonly qualifications?: readonly OfficerQualification[];
  /** Qualifications required by role (as a policy's `roles`). */
  readonly roles?: Readonly<Record<string, readonly string[]>>;
  /** Risk tier of each operation id the records name. */
  readonly operationTiers?: Readonly<Record<string, RiskTier>>;
  /** Fatigue parameters (the default policy's unless given). */
  readonly fatigue?: FatiguePolicy;
  /** Sleep the officer logged. */
  readonly sleepLog?: readonly { readonly start: Instant; readonly end: Instant }[];
}

/**
 * Runs one rule, exactly as the compliance check runs it, on one officer's records, in the spirit
 * of a constraint verifier: the test names the records and asserts the findings.
 */
export function verifyRule(rule: RuleDefinition, options: VerifyOptions = {}): { given(...records: (DutyRecord | readonly DutyRecord[])[]): RuleVerdict } {
  const zoneName = options.zone ?? TEST_ZONE;
  const settings = { ...rule.defaults, ...options.settings } as RuleSettings;
  const roles = options.roles ?? DEFAULT_POLICY.roles;
  return {
    given(...input) {
      const records = input.flat().sort((a, b) => a.start - b.start);
      const timeline = new OfficerTimeline('O-1', timeZone(zoneName), records, options.qualifications ?? [], options.sleepLog ?? []);
      const findings: Finding[] = [];
      rule.evaluate(
        timeline,
        settings,
        {
          requiredQualifications: (record) => (record.role === undefined ? [] : (roles[record.role] ?? [])),
          qualification: (id) => DEFAULT_POLICY.qualifications.find((q) => q.id === id),
          riskTier: (record) => (record.operationId === undefined ? undefined : options.operationTiers?.[record.operationId]),
          fatigue: options.fatigue ?? DEFAULT_POLICY.fatigue,
        },
        (finding) => findings.push(finding),
      );
      return {
        findings,
        brief: findings.map((f) => ({
          level: f.level,
          measured: Math.round(f.measured * 1e6) / 1e6,
          limit: f.limit,
          from: local(f.start, zoneName),
          to: local(f.end, zoneName),
        })),
        messages: findings.map((f) => renderFinding(f, timeZone(zoneName))),
      };
    },
  };
}
