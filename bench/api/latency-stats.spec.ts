import { describe, expect, it } from 'vitest';
import { latencyStats, percentile } from './latency-stats.ts';

describe('latency statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 1000], 95)).toBe(19);
  });

  it('reports the rate over the elapsed time', () => {
    const stats = latencyStats([3, 1, 2, 4], 2000);
    expect(stats).toMatchObject({ requests: 4, p50: 2, max: 4, mean: 2.5, perSecond: 2 });
  });
});
