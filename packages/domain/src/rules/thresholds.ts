import type { FindingLevel } from '../findings/finding.ts';

/**
 * How a measured value is compared with a threshold: `above` (>), `at-or-above` (≥), or
 * `below` (<, for minimums such as rest).
 */
export type Comparison = 'above' | 'at-or-above' | 'below';

/** Warn and block thresholds of a rule, in the rule's unit; `null` turns a level off. */
export interface Thresholds {
  readonly warn: number | null;
  readonly block: number | null;
}

export function crosses(measured: number, limit: number, comparison: Comparison): boolean {
  switch (comparison) {
    case 'above':
      return measured > limit;
    case 'at-or-above':
      return measured >= limit;
    case 'below':
      return measured < limit;
  }
}

/** The highest level `measured` reaches, with the threshold it crossed; `undefined` when within limits. */
export function levelFor(measured: number, thresholds: Thresholds, comparison: Comparison): { readonly level: FindingLevel; readonly limit: number } | undefined {
  if (thresholds.block !== null && crosses(measured, thresholds.block, comparison)) {
    return { level: 'block', limit: thresholds.block };
  }
  if (thresholds.warn !== null && crosses(measured, thresholds.warn, comparison)) {
    return { level: 'warn', limit: thresholds.warn };
  }
  return undefined;
}

/** Whether `a` is at least as strict as `b` under `comparison` (a warn level must be). */
export function isAtLeastAsStrict(a: number, b: number, comparison: Comparison): boolean {
  return comparison === 'below' ? a >= b : a <= b;
}
