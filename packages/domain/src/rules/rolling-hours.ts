import { MS_PER_HOUR } from '@muster/kernel';
import { EpisodeCollector } from './episode.ts';
import { type RuleDefinition, type RuleSettings, defineRule } from './rule-definition.ts';
import { type Comparison, levelFor } from './thresholds.ts';

/**
 * Builds a rule on duty hours inside every window [t, t + window) where t is the start of a duty
 * period. Overlapping windows that break the limit are reported once, as their worst window.
 */
export function rollingHoursRule(spec: { id: string; title: string; windowHours: number; comparison: Comparison; defaults: RuleSettings }): RuleDefinition {
  const windowMs = spec.windowHours * MS_PER_HOUR;
  return defineRule({
    id: spec.id,
    title: spec.title,
    category: 'duty-time',
    unit: 'h',
    comparison: spec.comparison,
    lookbackHours: spec.windowHours,
    defaults: spec.defaults,
    evaluate(timeline, settings, _context, emit) {
      const { count, starts, ends } = timeline.periods;
      const episodes = new EpisodeCollector(spec.id, timeline.officerId, 'h', true, emit);
      // Two pointers: `j` is one past the last period that starts inside the window; `inside` is
      // the duty time of periods i..j-1 counted whole, trimmed below for the last one.
      let j = 0;
      let inside = 0;
      for (let i = 0; i < count; i++) {
        const windowStart = starts[i]!;
        const windowEnd = windowStart + windowMs;
        if (j < i) {
          j = i;
          inside = 0;
        }
        while (j < count && starts[j]! < windowEnd) {
          inside += ends[j]! - starts[j]!;
          j++;
        }
        const overhang = Math.max(0, ends[j - 1]! - windowEnd);
        const hours = (inside - overhang) / MS_PER_HOUR;
        const crossed = levelFor(hours, settings, spec.comparison);
        if (crossed) episodes.add(windowStart, windowEnd, hours, crossed.level, crossed.limit);
        inside -= ends[i]! - starts[i]!;
      }
      episodes.flush();
    },
  });
}
