import type { Instant } from '@muster/kernel';
import type { EpochGrid, SleepInterval } from './epoch-grid.ts';
import type { TpmSeries } from './tpm.ts';
import type { UnifiedSeries } from './unified.ts';

/** A duty's predicted fatigue over its awake on-duty epochs (epoch start in [start, end)). */
export interface DutyFatigue {
  readonly start: Instant;
  readonly end: Instant;
  readonly epochsOnDuty: number;
  readonly awakeEpochsOnDuty: number;
  /** Highest TPM KSS and the start of the first epoch where it occurs (NaN / start when no awake epoch). */
  readonly maxKss: number;
  readonly maxKssAt: Instant;
  readonly minAlertness: number;
  readonly meanKss: number;
  /** Highest Unified PVT lapses and when. */
  readonly maxLapses: number;
  readonly maxLapsesAt: Instant;
  readonly meanLapses: number;
  /** True when the peaks were not computed because a proven bound kept them below a screen (see evaluateDuties). */
  readonly screened?: boolean;
  /** Hours since the officer last woke, at the end of the duty (NaN when asleep at its end). */
  readonly hoursAwakeAtEnd: number;
  /** Hours since waking at the epoch of peak KSS. */
  readonly hoursAwakeAtMaxKss: number;
  /** Awake on-duty epochs with KSS at or above the evaluation's `kssCountLevel` (only when one was given; see evaluateDuties). */
  readonly awakeEpochsAtOrAboveKss?: number;
}

/** Summarises each duty from a prediction that covers it. Risk flags use awake on-duty epochs only. */
export function summarizeDuties(
  prediction: { readonly grid: EpochGrid; readonly tpm: TpmSeries; readonly unified: UnifiedSeries },
  duties: readonly SleepInterval[],
): DutyFatigue[] {
  const { grid, tpm, unified } = prediction;
  const epochH = grid.epochMs / 3_600_000;
  return duties.map((duty) => {
    const first = Math.max(0, Math.ceil((duty.start - grid.start) / grid.epochMs));
    const last = Math.min(grid.count - 1, Math.ceil((duty.end - grid.start) / grid.epochMs) - 1);
    let awakeEpochs = 0;
    let maxKss = -Infinity;
    let maxKssK = -1;
    let minAlertness = Infinity;
    let sumKss = 0;
    let maxLapses = -Infinity;
    let maxLapsesK = -1;
    let sumLapses = 0;
    for (let k = first; k <= last; k++) {
      if (grid.awake[k] !== 1) continue;
      awakeEpochs++;
      const kss = tpm.kss[k]!;
      const lapses = unified.fatigue[k]!;
      if (kss > maxKss) {
        maxKss = kss;
        maxKssK = k;
      }
      if (lapses > maxLapses) {
        maxLapses = lapses;
        maxLapsesK = k;
      }
      minAlertness = Math.min(minAlertness, tpm.alertness[k]!);
      sumKss += kss;
      sumLapses += lapses;
    }
    const at = (k: number): Instant => (k < 0 ? duty.start : ((grid.start + k * grid.epochMs) as Instant));
    const endK = Math.min(grid.count - 1, Math.round((duty.end - grid.start) / grid.epochMs));
    const awakeHours = (k: number): number => (k >= 0 && grid.awake[k] === 1 ? (k - grid.boutStart[k]!) * epochH : NaN);
    return {
      start: duty.start,
      end: duty.end,
      epochsOnDuty: Math.max(0, last - first + 1),
      awakeEpochsOnDuty: awakeEpochs,
      maxKss: awakeEpochs > 0 ? maxKss : NaN,
      maxKssAt: at(maxKssK),
      minAlertness: awakeEpochs > 0 ? minAlertness : NaN,
      meanKss: awakeEpochs > 0 ? sumKss / awakeEpochs : NaN,
      maxLapses: awakeEpochs > 0 ? maxLapses : NaN,
      maxLapsesAt: at(maxLapsesK),
      meanLapses: awakeEpochs > 0 ? sumLapses / awakeEpochs : NaN,
      hoursAwakeAtEnd: awakeHours(endK),
      hoursAwakeAtMaxKss: awakeHours(maxKssK),
    };
  });
}
