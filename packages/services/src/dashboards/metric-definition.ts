/**
 * A published, versioned definition of a statistic. Every dashboard answer carries the definition
 * it was computed under; a change to what a metric counts is a new version, never an edit of an old
 * one (docs/metrics.md keeps every version).
 */
export interface MetricDefinition {
  /** Stable id, kebab-case, e.g. `overtime-hours-per-officer`. */
  readonly id: string;
  readonly version: number;
  /** One sentence: what is counted, over what, in which unit. */
  readonly definition: string;
}

/** `id@version`, the form docs and captions cite. */
export function metricKey(metric: MetricDefinition): string {
  return `${metric.id}@${metric.version}`;
}
