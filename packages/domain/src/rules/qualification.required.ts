import { MS_PER_HOUR, type Instant, invariant } from '@muster/kernel';
import type { OfficerTimeline } from '../compliance/officer-timeline.ts';
import { defineRule } from './rule-definition.ts';
import { levelFor } from './thresholds.ts';

/**
 * A record for an operation role whose required qualification is not valid for the whole record.
 * Measured: hours of the record not covered by a valid grant (0 means fully covered).
 */
export const qualificationRequired = defineRule({
  id: 'qualification.required',
  title: 'Required qualification',
  category: 'qualification',
  unit: 'h',
  comparison: 'above',
  lookbackHours: 0,
  defaults: { enabled: true, warn: null, block: 0 },
  evaluate(timeline, settings, context, emit) {
    for (const record of timeline.records) {
      const required = context.requiredQualifications(record);
      for (const qualificationId of required) {
        const { uncoveredMs, status, statusDay } = coverage(timeline, qualificationId, record.start, record.end);
        const hours = uncoveredMs / MS_PER_HOUR;
        const crossed = levelFor(hours, settings, 'above');
        if (!crossed) continue;
        emit({
          ruleId: 'qualification.required',
          ...crossed,
          officerId: timeline.officerId,
          start: record.start,
          end: record.end,
          measured: hours,
          unit: 'h',
          facts: {
            qualification: qualificationId,
            role: record.role ?? '',
            operation: record.operationId ?? '',
            status,
            ...(statusDay === undefined ? {} : { statusDay }),
            recordHours: (record.end - record.start) / MS_PER_HOUR,
          },
        });
      }
    }
  },
});

type CoverageStatus = 'covered' | 'never-held' | 'expired' | 'not-yet-valid' | 'lapses';

/** How much of [start, end) the officer's grants of a qualification leave uncovered, and why. */
function coverage(timeline: OfficerTimeline, qualificationId: string, start: Instant, end: Instant): { uncoveredMs: number; status: CoverageStatus; statusDay?: number } {
  const grants = timeline.qualifications
    .filter((q) => q.qualificationId === qualificationId)
    .map((q) => ({ from: timeline.startOfDay(q.issued) as number, to: timeline.startOfDay(q.expires + 1) as number, issued: q.issued, expires: q.expires }))
    .sort((a, b) => a.from - b.from);
  if (grants.length === 0) return { uncoveredMs: end - start, status: 'never-held' };
  let covered = 0;
  let cursor: number = start;
  for (const grant of grants) {
    const from = Math.max(grant.from, cursor);
    const to = Math.min(grant.to, end);
    if (to > from) {
      covered += to - from;
      cursor = to;
    }
  }
  const uncoveredMs = end - start - covered;
  if (uncoveredMs <= 0) return { uncoveredMs: 0, status: 'covered' };
  const before = grants.filter((g) => g.to <= start);
  const after = grants.filter((g) => g.from >= end);
  // A later grant that is not valid yet does not change that the last one expired before the record.
  if (covered === 0 && before.length > 0) return { uncoveredMs, status: 'expired', statusDay: Math.max(...before.map((g) => g.expires)) };
  if (covered === 0 && before.length === 0 && after.length > 0) return { uncoveredMs, status: 'not-yet-valid', statusDay: after[0]!.issued };
  // Some grant overlaps the record without covering it: it ends inside the record or starts inside it.
  const lapsing = grants.find((g) => g.to > start && g.to < end);
  if (lapsing) return { uncoveredMs, status: 'lapses', statusDay: lapsing.expires };
  const starting = grants.find((g) => g.from > start && g.from < end);
  invariant(starting, 'a partly covered record has a grant that starts or ends inside it', { start, end, qualificationId });
  return { uncoveredMs, status: 'not-yet-valid', statusDay: starting.issued };
}
