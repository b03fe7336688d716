import { MS_PER_HOUR } from '@muster/kernel';
import {
  DEFAULT_RULES,
  type DutyRecord,
  type Finding,
  OfficerTimeline,
  type Operation,
  type Policy,
  type RuleContext,
  type RuleDefinition,
  checkCompliance,
  requiredQualificationsLookup,
} from '@muster/domain';
import type { SleepInterval } from '@muster/fatigue';
import { type OfficerIndex, firstClash, lowerBound } from './staffing-index.ts';

const DAY_MS = 86_400_000;

/** What the policy says of one assignment: the first block finding that touches it, or its warnings. */
export type GateVerdict = { readonly block: Finding } | { readonly block?: undefined; readonly warnings: readonly Finding[] };

/**
 * The hard gates of an assignment, judged by the policy's own rules (the ones `muster check` runs)
 * on the officer's records with the assignment added: first the rules that look back at most a day
 * (rest, duty length: cheap and the commonest block) on a two-day slice, then every enabled rule,
 * fatigue included, on a slice as long as the longest lookback. Used by operation staffing and by
 * the overtime list.
 */
export class AssignmentGates {
  readonly #policy: Policy;
  readonly #operations: ReadonlyMap<string, Operation>;
  readonly #sleep: ReadonlyMap<string, readonly SleepInterval[]> | undefined;
  readonly #quickRules: readonly RuleDefinition[];
  readonly #lookbackMs: number;
  readonly #context: RuleContext;

  constructor(policy: Policy, operations: ReadonlyMap<string, Operation>, sleep?: ReadonlyMap<string, readonly SleepInterval[]>) {
    this.#policy = policy;
    this.#operations = operations;
    this.#sleep = sleep;
    const rules = DEFAULT_RULES.filter((rule) => policy.rules[rule.id]?.enabled);
    this.#quickRules = rules.filter((rule) => rule.lookbackHours <= 24);
    this.#lookbackMs = Math.max(0, ...rules.map((rule) => rule.lookbackHours)) * MS_PER_HOUR;
    this.#context = {
      requiredQualifications: requiredQualificationsLookup(policy, operations),
      qualification: (id) => policy.qualifications.find((q) => q.id === id),
      riskTier: (record) => (record.operationId === undefined ? undefined : operations.get(record.operationId)?.riskTier),
      fatigue: policy.fatigue,
    };
  }

  /** A duty record of the officer that overlaps [start, end), if any (on call does not count). */
  unavailable(entry: OfficerIndex, start: number, end: number): DutyRecord | undefined {
    const i = Math.max(0, lowerBound(entry.ends, start + 1));
    if (i >= entry.starts.length || entry.starts[i]! >= end) return undefined;
    return firstClash(entry.records, lowerBound(entry.recordStarts, start - 2 * DAY_MS), start, end);
  }

  /** The policy's verdict on giving the officer this record. */
  check(entry: OfficerIndex, record: DutyRecord): GateVerdict {
    const quick = this.#firstBlock(entry, record, record.start - DAY_MS, record.end + DAY_MS);
    if (quick) return { block: quick };
    const id = entry.officer.id;
    const sleep = this.#sleep?.get(id);
    const result = checkCompliance({
      policy: this.#policy,
      ledger: new Map([[id, sliceWith(entry, record, record.start - this.#lookbackMs, record.end + this.#lookbackMs)]]),
      officers: new Map([[id, entry.officer]]),
      qualifications: new Map([[id, [...entry.grants.values()].flat()]]),
      operations: this.#operations,
      ...(sleep ? { sleep: new Map([[id, sleep]]) } : {}),
    });
    const findings = result.findings.filter((f) => touches(f, record));
    const block = findings.find((f) => f.level === 'block');
    return block ? { block } : { warnings: findings };
  }

  #firstBlock(entry: OfficerIndex, record: DutyRecord, from: number, to: number): Finding | undefined {
    const timeline = new OfficerTimeline(entry.officer.id, entry.zone, sliceWith(entry, record, from, to), [...entry.grants.values()].flat());
    let found: Finding | undefined;
    for (const rule of this.#quickRules) {
      if (found) break;
      rule.evaluate(timeline, this.#policy.rules[rule.id]!, this.#context, (f) => {
        if (!found && f.level === 'block' && touches(f, record)) found = f;
      });
    }
    return found;
  }
}

/** The officer's records inside [from, to) with the assignment added, sorted. */
function sliceWith(entry: OfficerIndex, record: DutyRecord, from: number, to: number): DutyRecord[] {
  // Records are sorted by start and none is longer than a couple of days: start the scan two days early.
  const records: DutyRecord[] = [];
  for (let i = lowerBound(entry.recordStarts, from - 2 * DAY_MS); i < entry.records.length && entry.records[i]!.start < to; i++) {
    if (entry.records[i]!.end > from) records.push(entry.records[i]!);
  }
  records.push(record);
  return records.sort((a, b) => a.start - b.start);
}

/** A finding is about the assignment when it overlaps or touches it (a rest gap ends where it starts). */
function touches(finding: Finding, record: DutyRecord): boolean {
  return finding.start <= record.end && finding.end >= record.start;
}
