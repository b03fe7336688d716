/** Percentiles and rate of a set of request latencies, in milliseconds. */
export interface LatencyStats {
  readonly requests: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
  readonly perSecond: number;
}

/** Nearest-rank percentile (the value at or below which `p` % of samples lie) of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function latencyStats(samples: readonly number[], elapsedMs: number): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length),
    perSecond: (sorted.length / elapsedMs) * 1000,
  };
}
