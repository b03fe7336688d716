import type { Rng } from '@muster/kernel';

/** One element of a non-empty list, uniformly at random. */
export function pickOne<T>(items: readonly T[], rng: Rng): T {
  if (items.length === 0) throw new RangeError('pickOne needs at least one item. Maybe a list of choices is empty?');
  return items[rng.int(items.length)]!;
}
