import type { DutyRecord } from '@muster/domain';
import { type Instant, TimeZone, formatDay } from '@muster/kernel';
import type { RosterSolveOutcome } from '../ports/roster-solver.ts';
import { dutyRecordDto, findingDto } from '../roster/dto.ts';
import type { LoadedRosterJob } from './load-roster-job-input.ts';
import { uncoveredMessage } from './uncovered-message.ts';

const iso = (at: Instant): string => new Date(at).toISOString();

/** A record the roster proposes, as the wire shows it. */
export function proposedRecordDto(r: DutyRecord) {
  return { officerId: r.officerId, start: iso(r.start), end: iso(r.end), kind: r.kind, ...(r.role === undefined ? {} : { role: r.role }) };
}

export type ProposedRecordDto = ReturnType<typeof proposedRecordDto>;

const sameRecord = (r: DutyRecord): string => `${r.officerId}|${r.start}|${r.end}|${r.kind}|${r.role ?? ''}`;

/**
 * A finished search as the job keeps it: the proposed records; against the current drafts, what
 * accepting adds and what it cancels (a proposed record equal to a draft leaves the draft as it
 * is); uncovered demand with its reasons; the findings `muster check` reports on the result; and
 * the basis the accept compares against.
 */
export function rosterJobResult(outcome: RosterSolveOutcome, loaded: LoadedRosterJob, cancelled: boolean) {
  const { result, findings } = outcome;
  const drafts = new Map<string, number[]>();
  for (const d of loaded.replaceable) drafts.set(sameRecord(d), [...(drafts.get(sameRecord(d)) ?? []), d.id]);
  const kept = new Set<number>();
  const added = result.records.filter((r) => {
    const id = drafts.get(sameRecord(r))?.shift();
    if (id === undefined) return true;
    kept.add(id);
    return false;
  });
  const removed = loaded.replaceable.filter((d) => !kept.has(d.id));
  const officers = loaded.request.input.officers;
  const zoneOf = (officerId: string): TimeZone => TimeZone.find(officers.get(officerId)?.timeZone ?? '') ?? loaded.zone;
  return {
    policyVersion: loaded.policyVersion,
    stoppedBy: cancelled ? ('cancelled' as const) : result.stoppedBy,
    steps: result.steps,
    elapsedMs: Math.round(outcome.elapsedMs),
    score: result.score,
    summary: {
      proposed: result.records.length,
      added: added.length,
      removed: removed.length,
      unchanged: kept.size,
      uncovered: result.uncovered.reduce((sum, u) => sum + u.missing, 0),
      coveredByPinned: loaded.pinnedCover,
      block: findings.filter((f) => f.level === 'block').length,
      warn: findings.filter((f) => f.level === 'warn').length,
    },
    proposed: result.records.map(proposedRecordDto),
    added: added.map(proposedRecordDto),
    removed: removed.map(dutyRecordDto),
    uncovered: outcome.uncovered.map((u) => ({ ...u, day: formatDay(u.day), required: [...u.required], message: uncoveredMessage(u) })),
    findings: findings.map((f) => findingDto(f, zoneOf(f.officerId))),
    officers: result.officers.map((o) => ({ ...o })),
    basis: [...loaded.basis],
  };
}

/** A job's result as stored (the wire form without `basis`). */
export type RosterJobResult = ReturnType<typeof rosterJobResult>;
