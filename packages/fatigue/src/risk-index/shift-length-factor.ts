import { invariant } from '@muster/kernel';
import type { FactorPoint } from './risk-index-params.ts';

/**
 * Relative risk of a duty lasting `hours` (elapsed) from a sorted table. At a table point the table
 * value is returned exactly. Between points the factor grows exponentially (log-linear interpolation),
 * because risk rises roughly exponentially with hours on duty past the 8th; below the first point it
 * is the first factor (risk is about flat over the first hours); past the last point the last
 * segment's hourly growth rate continues (extrapolation beyond the published data).
 */
export function shiftLengthFactor(hours: number, table: readonly FactorPoint[]): number {
  invariant(table.length > 0, 'shift-length table is empty. Maybe give at least { hours: 8, factor: 1 }?');
  for (let i = 1; i < table.length; i++) {
    const lower = table[i - 1]!;
    const upper = table[i]!;
    invariant(upper.hours > lower.hours && lower.factor > 0 && upper.factor > 0, 'shift-length table must be sorted by hours with positive factors', { lower, upper });
  }
  const first = table[0]!;
  if (hours <= first.hours) return first.factor;
  for (let i = 1; i < table.length; i++) {
    const upper = table[i]!;
    if (hours === upper.hours) return upper.factor;
    if (hours < upper.hours) return logLinear(table[i - 1]!, upper, hours);
  }
  if (table.length === 1) return first.factor;
  return logLinear(table[table.length - 2]!, table[table.length - 1]!, hours);
}

function logLinear(lower: FactorPoint, upper: FactorPoint, hours: number): number {
  const fraction = (hours - lower.hours) / (upper.hours - lower.hours);
  return lower.factor * Math.exp(fraction * Math.log(upper.factor / lower.factor));
}
