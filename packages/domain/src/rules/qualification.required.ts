import { MS_PER_HOUR } from '@muster/kernel';
import { qualificationCoverage } from './qualification-coverage.ts';
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
        const { uncoveredMs, status, statusDay } = qualificationCoverage(timeline.qualifications, qualificationId, record.start, record.end, timeline.zone);
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
