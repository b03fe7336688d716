import { invariant } from '@muster/kernel';

/**
 * Relative risk of the `count`-th shift (1-based) of a run of one shift type on consecutive local
 * days. Past the table the last step repeats (a linear trend): with nights 1, 1.06, 1.17, 1.36 the
 * 5th night is 1.55 and the 6th 1.74. The published data stop at the 4th shift, so these are
 * extrapolations, chosen linear rather than exponential to avoid inventing a steeper curve.
 */
export function successiveFactor(count: number, table: readonly number[]): number {
  invariant(Number.isInteger(count) && count >= 1, 'successive count must be a whole number from 1', { count });
  invariant(table.length > 0, 'successive table is empty. Maybe give [1]?');
  if (count <= table.length) return table[count - 1]!;
  const last = table[table.length - 1]!;
  const step = table.length > 1 ? last - table[table.length - 2]! : 0;
  return last + (count - table.length) * step;
}
