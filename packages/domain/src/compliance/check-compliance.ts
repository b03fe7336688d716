import { type DayNumber, TimeZone, invariant } from '@muster/kernel';
import type { FatigueScreen, SleepInterval } from '@muster/fatigue';
import type { Finding } from '../findings/finding.ts';
import type { DutyRecord } from '../model/duty-record.ts';
import type { Officer } from '../model/officer.ts';
import type { Operation } from '../model/operation.ts';
import type { OfficerQualification } from '../model/qualification.ts';
import type { Policy } from '../policy/policy.ts';
import { DEFAULT_RULES } from '../rules/default-rules.ts';
import type { RuleContext, RuleDefinition } from '../rules/rule-definition.ts';
import { OfficerTimeline } from './officer-timeline.ts';
import { requiredQualificationsLookup } from './required-qualifications.ts';

/** What a compliance check reads. Records are grouped by officer and sorted by start. */
export interface ComplianceInput {
  readonly policy: Policy;
  readonly ledger: ReadonlyMap<string, readonly DutyRecord[]>;
  readonly officers?: ReadonlyMap<string, Officer>;
  readonly qualifications?: ReadonlyMap<string, readonly OfficerQualification[]>;
  readonly operations?: ReadonlyMap<string, Operation>;
  /** Logged sleep per officer; where an officer has a log it replaces inferred sleep. */
  readonly sleep?: ReadonlyMap<string, readonly SleepInterval[]>;
  /** Report only findings that touch these local days (inclusive), in each officer's zone. */
  readonly range?: { readonly from?: DayNumber; readonly to?: DayNumber };
  /** Skip epoch-by-epoch fatigue evaluation of duties proven below every enabled rule's levels (default true; findings are the same). */
  readonly screenFatigue?: boolean;
  /** Rules to run; defaults to every rule muster knows. Disabled ones in the policy are skipped. */
  readonly rules?: readonly RuleDefinition[];
}

export interface ComplianceResult {
  /** Sorted by officer id, then start, then the rules' order. */
  readonly findings: readonly Finding[];
  readonly officersChecked: number;
  readonly recordsChecked: number;
}

/**
 * Checks every officer's records against the policy. Rules see an officer's whole history, so a
 * window that starts before `range.from` still counts the hours before it; `range` only chooses
 * which findings are reported.
 */
export function checkCompliance(input: ComplianceInput): ComplianceResult {
  const { policy, ledger } = input;
  const rules = (input.rules ?? DEFAULT_RULES).filter((rule) => policy.rules[rule.id]?.enabled ?? false);
  const order = new Map(rules.map((rule, index) => [rule.id, index]));
  const noQualifications: readonly OfficerQualification[] = [];
  const noSleep: readonly SleepInterval[] = [];
  const operations = input.operations ?? new Map<string, Operation>();
  const context: RuleContext = {
    requiredQualifications: requiredQualificationsLookup(policy, operations),
    qualification: (id) => policy.qualifications.find((q) => q.id === id),
    riskTier: (record) => (record.operationId === undefined ? undefined : operations.get(record.operationId)?.riskTier),
    fatigue: policy.fatigue,
    ...(input.screenFatigue === false ? {} : { fatigueScreen: fatigueScreenOf(rules, policy) }),
  };
  const defaultZone = TimeZone.find(policy.timeZone);
  invariant(defaultZone, 'policy time zone was validated', { timeZone: policy.timeZone });
  const findings: Finding[] = [];
  let recordsChecked = 0;
  const officerIds = [...ledger.keys()].sort();
  for (const officerId of officerIds) {
    const records = ledger.get(officerId)!;
    recordsChecked += records.length;
    const officer = input.officers?.get(officerId);
    const zone = officer ? (TimeZone.find(officer.timeZone) ?? defaultZone) : defaultZone;
    const timeline = new OfficerTimeline(officerId, zone, records, input.qualifications?.get(officerId) ?? noQualifications, input.sleep?.get(officerId) ?? noSleep);
    const fromInstant = input.range?.from === undefined ? -Infinity : timeline.startOfDay(input.range.from);
    const toInstant = input.range?.to === undefined ? Infinity : timeline.startOfDay(input.range.to + 1);
    const before = findings.length;
    const emit = (finding: Finding): void => {
      if (finding.end > fromInstant && finding.start < toInstant) findings.push(finding);
      else if (finding.start === finding.end && finding.start >= fromInstant && finding.start < toInstant) findings.push(finding);
    };
    for (const rule of rules) rule.evaluate(timeline, policy.rules[rule.id]!, context, emit);
    sortSlice(findings, before, order);
  }
  return { findings, officersChecked: officerIds.length, recordsChecked };
}

/** The lowest KSS and lapses levels the enabled rules act on; Infinity where none acts. */
function fatigueScreenOf(rules: readonly RuleDefinition[], policy: Policy): FatigueScreen {
  let kss = Infinity;
  let lapses = Infinity;
  for (const rule of rules) {
    const screen = rule.fatigueScreen?.(policy.rules[rule.id]!);
    if (screen?.kss !== undefined) kss = Math.min(kss, screen.kss);
    if (screen?.lapses !== undefined) lapses = Math.min(lapses, screen.lapses);
  }
  return { kss, lapses };
}

function sortSlice(findings: Finding[], from: number, order: ReadonlyMap<string, number>): void {
  if (findings.length - from < 2) return;
  const slice = findings.slice(from).sort((a, b) => a.start - b.start || order.get(a.ruleId)! - order.get(b.ruleId)! || a.end - b.end);
  for (let i = 0; i < slice.length; i++) findings[from + i] = slice[i]!;
}
