/** Duty-peak KSS at or above which a duty counts: the `fatigue.kss-on-duty` warn and block levels. */
export const KSS_WARN = 7;
export const KSS_BLOCK = 8;
/** Duty-peak PVT lapses at or above which a duty counts. */
export const LAPSES_LEVEL = 10;

/** Histogram bins of duty-peak KSS: 0.5 wide from 1 (the scale's floor); the last bin is ≥ 9. */
export const KSS_BIN = { from: 1, width: 0.5, count: 17 } as const;
/** Histogram bins of duty-peak lapses: 1 wide from 0; the last bin is ≥ 30. */
export const LAPSES_BIN = { from: 0, width: 1, count: 31 } as const;

/**
 * Per-officer duty fatigue figures of a batch of officers, as columns (typed arrays travel between
 * threads without a copy), plus histograms of every duty's peak KSS and peak lapses.
 * Per officer: `maxKss` and `maxLapses` over their duties (NaN with no awake duty epoch);
 * `kss7`, `kss8`, `lapses10` count duties whose peak reaches that level.
 */
export interface FatigueTally {
  readonly officers: number;
  readonly duties: Uint32Array;
  readonly maxKss: Float64Array;
  readonly maxLapses: Float64Array;
  readonly kss7: Uint32Array;
  readonly kss8: Uint32Array;
  readonly lapses10: Uint32Array;
  /** Duty counts by peak KSS bin ({@link KSS_BIN}); duties with no awake epoch are left out. */
  readonly kssHistogram: Uint32Array;
  /** Duty counts by peak lapses bin ({@link LAPSES_BIN}). */
  readonly lapsesHistogram: Uint32Array;
}

/** An empty tally for `officers` officers. */
export function emptyTally(officers: number): FatigueTally {
  return {
    officers,
    duties: new Uint32Array(officers),
    maxKss: new Float64Array(officers).fill(NaN),
    maxLapses: new Float64Array(officers).fill(NaN),
    kss7: new Uint32Array(officers),
    kss8: new Uint32Array(officers),
    lapses10: new Uint32Array(officers),
    kssHistogram: new Uint32Array(KSS_BIN.count),
    lapsesHistogram: new Uint32Array(LAPSES_BIN.count),
  };
}

/** The buffers of a tally, to transfer it to another thread. */
export function tallyBuffers(t: FatigueTally): ArrayBuffer[] {
  return [t.duties, t.maxKss, t.maxLapses, t.kss7, t.kss8, t.lapses10, t.kssHistogram, t.lapsesHistogram].map((a) => a.buffer as ArrayBuffer);
}

/** Histogram bin of `value`, clamped to the first and last bins. */
export function binOf(value: number, bin: { readonly from: number; readonly width: number; readonly count: number }): number {
  return Math.min(bin.count - 1, Math.max(0, Math.floor((value - bin.from) / bin.width)));
}

/** One tally of the given ones in order: rows concatenated, histograms summed. */
export function concatTallies(parts: readonly FatigueTally[]): FatigueTally {
  const all = emptyTally(parts.reduce((n, t) => n + t.officers, 0));
  let row = 0;
  for (const t of parts) {
    all.duties.set(t.duties, row);
    all.maxKss.set(t.maxKss, row);
    all.maxLapses.set(t.maxLapses, row);
    all.kss7.set(t.kss7, row);
    all.kss8.set(t.kss8, row);
    all.lapses10.set(t.lapses10, row);
    for (let b = 0; b < t.kssHistogram.length; b++) all.kssHistogram[b]! += t.kssHistogram[b]!;
    for (let b = 0; b < t.lapsesHistogram.length; b++) all.lapsesHistogram[b]! += t.lapsesHistogram[b]!;
    row += t.officers;
  }
  return all;
}
