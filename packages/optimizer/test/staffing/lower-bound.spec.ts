import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/staffing/staffing-index.ts';

const naive = (values: Float64Array, value: number): number => {
  let i = 0;
  while (i < values.length && values[i]! < value) i++;
  return i;
};

describe('lowerBound', () => {
  it('finds the first index whose value is ≥ the target, for any sorted array (duplicates, clusters) and any target', () => {
    const sorted = fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -1e9, max: 1e9 })), { maxLength: 60 }).map((xs) => Float64Array.from(xs).sort());
    fc.assert(
      fc.property(sorted, fc.integer({ min: -1e9 - 5, max: 1e9 + 5 }), fc.nat(), (values, target, pick) => {
        expect(lowerBound(values, target)).toBe(naive(values, target));
        // Targets equal to and next to stored values, where off-by-one errors live.
        if (values.length > 0) {
          const v = values[pick % values.length]!;
          for (const t of [v - 1, v, v + 1]) expect(lowerBound(values, t)).toBe(naive(values, t));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
