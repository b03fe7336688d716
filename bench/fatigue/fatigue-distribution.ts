import { type FatigueTally, KSS_BIN, LAPSES_BIN } from './fatigue-tally.ts';

/** What the predicted fatigue of all officers looks like, from their tally. */
export interface FatigueDistribution {
  readonly officers: number;
  readonly duties: number;
  /** Duties whose peak KSS reaches 7 / 8, and whose peak lapses reach 10: count and share of all duties. */
  readonly dutiesKss7: Share;
  readonly dutiesKss8: Share;
  readonly dutiesLapses10: Share;
  /** Officers with at least one such duty. */
  readonly officersKss7: Share;
  readonly officersKss8: Share;
  readonly officersLapses10: Share;
  /** Per-officer peak KSS and peak lapses over their year: percentiles across officers. */
  readonly officerPeakKss: Percentiles;
  readonly officerPeakLapses: Percentiles;
  /** Duties by peak KSS, bins of 0.5 (label "7.0–7.5"; the last is open). */
  readonly dutyPeakKss: readonly Bin[];
  /** Duties by peak lapses, bins of 1. */
  readonly dutyPeakLapses: readonly Bin[];
}

export interface Share {
  readonly count: number;
  readonly share: number;
}
export interface Percentiles {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}
export interface Bin {
  readonly label: string;
  readonly count: number;
  readonly share: number;
}

export function fatigueDistribution(t: FatigueTally): FatigueDistribution {
  const sum = (a: Uint32Array): number => a.reduce((n, x) => n + x, 0);
  const officersWith = (a: Uint32Array): number => a.reduce((n, x) => n + (x > 0 ? 1 : 0), 0);
  const duties = sum(t.duties);
  const ofDuties = (count: number): Share => ({ count, share: duties > 0 ? count / duties : 0 });
  const ofOfficers = (count: number): Share => ({ count, share: t.officers > 0 ? count / t.officers : 0 });
  const bins = (histogram: Uint32Array, bin: { from: number; width: number; count: number }, digits: number): Bin[] =>
    Array.from(histogram, (count, b) => {
      const lo = (bin.from + b * bin.width).toFixed(digits);
      const label = b === 0 ? `< ${(bin.from + bin.width).toFixed(digits)}` : b === bin.count - 1 ? `≥ ${lo}` : `${lo}–${(bin.from + (b + 1) * bin.width).toFixed(digits)}`;
      return { label, count, share: duties > 0 ? count / duties : 0 };
    });
  return {
    officers: t.officers,
    duties,
    dutiesKss7: ofDuties(sum(t.kss7)),
    dutiesKss8: ofDuties(sum(t.kss8)),
    dutiesLapses10: ofDuties(sum(t.lapses10)),
    officersKss7: ofOfficers(officersWith(t.kss7)),
    officersKss8: ofOfficers(officersWith(t.kss8)),
    officersLapses10: ofOfficers(officersWith(t.lapses10)),
    officerPeakKss: percentiles(t.maxKss),
    officerPeakLapses: percentiles(t.maxLapses),
    dutyPeakKss: bins(t.kssHistogram, KSS_BIN, 1),
    dutyPeakLapses: bins(t.lapsesHistogram, LAPSES_BIN, 0),
  };
}

/** Nearest-rank percentiles of the values that are numbers (officers without an awake duty epoch are left out). */
export function percentiles(values: Float64Array): Percentiles {
  const sorted = Float64Array.from(values.filter((v) => !Number.isNaN(v))).sort();
  const at = (p: number): number => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!);
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1) };
}
