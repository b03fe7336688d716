import { MS_PER_HOUR, civilFromDays, daysFromCivil } from '@muster/kernel';
import { defineRule } from './rule-definition.ts';
import { levelFor } from './thresholds.ts';

/**
 * Too many hours of `overtime` records in a local calendar month. A record counts whole in the
 * month in which it starts.
 */
export const overtimeMaxMonthly = defineRule({
  id: 'overtime.max-monthly',
  title: 'Overtime in a month',
  category: 'duty-time',
  unit: 'h',
  comparison: 'above',
  lookbackHours: 24 * 31,
  defaults: { enabled: true, warn: 80, block: 96 },
  evaluate(timeline, settings, _context, emit) {
    const byMonth = new Map<number, { ms: number; records: number }>();
    for (const record of timeline.records) {
      if (record.kind !== 'overtime') continue;
      const { year, month } = civilFromDays(timeline.dayOf(record.start));
      const key = year * 12 + month - 1;
      const entry = byMonth.get(key);
      if (entry) {
        entry.ms += record.end - record.start;
        entry.records++;
      } else {
        byMonth.set(key, { ms: record.end - record.start, records: 1 });
      }
    }
    for (const [key, { ms, records }] of byMonth) {
      const hours = ms / MS_PER_HOUR;
      const crossed = levelFor(hours, settings, 'above');
      if (!crossed) continue;
      const year = Math.floor(key / 12);
      const month = (key % 12) + 1;
      emit({
        ruleId: 'overtime.max-monthly',
        ...crossed,
        officerId: timeline.officerId,
        start: timeline.startOfDay(daysFromCivil(year, month, 1)),
        end: timeline.startOfDay(month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1)),
        measured: hours,
        unit: 'h',
        facts: { month: key, records },
      });
    }
  },
});
