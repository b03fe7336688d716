import type { TpmParameters } from './tpm-parameters.ts';
import { tpmC, tpmU } from './tpm.ts';
import type { UnifiedParameters } from './unified-parameters.ts';
import { unifiedC } from './unified.ts';

/**
 * Circadian input by whole second of the local day, filled once per parameter set: TPM's C + U
 * and the Unified model's kappa·C. Duty-level evaluation reads them instead of computing sines.
 */
export interface CircadianTable {
  readonly tpmCU: Float64Array;
  readonly unifiedKappaC: Float64Array;
  /** Per local clock hour: the lowest TPM C + U and the highest kappa·C within it (for bounds). */
  readonly tpmCUMinByHour: Float64Array;
  readonly unifiedKappaCMaxByHour: Float64Array;
}

const tables = new WeakMap<TpmParameters, WeakMap<UnifiedParameters, CircadianTable>>();

export function circadianTable(tpm: TpmParameters, unified: UnifiedParameters): CircadianTable {
  let byUnified = tables.get(tpm);
  if (!byUnified) {
    byUnified = new WeakMap();
    tables.set(tpm, byUnified);
  }
  let table = byUnified.get(unified);
  if (!table) {
    const tpmCU = new Float64Array(86_400);
    const unifiedKappaC = new Float64Array(86_400);
    for (let second = 0; second < 86_400; second++) {
      const tod = (second * 1000) / 3_600_000;
      tpmCU[second] = tpmC(tpm, tod) + tpmU(tpm, tod);
      unifiedKappaC[second] = unified.kappa * unifiedC(unified, tod);
    }
    const tpmCUMinByHour = new Float64Array(24).fill(Infinity);
    const unifiedKappaCMaxByHour = new Float64Array(24).fill(-Infinity);
    for (let second = 0; second < 86_400; second++) {
      const hour = Math.floor(second / 3600);
      tpmCUMinByHour[hour] = Math.min(tpmCUMinByHour[hour]!, tpmCU[second]!);
      unifiedKappaCMaxByHour[hour] = Math.max(unifiedKappaCMaxByHour[hour]!, unifiedKappaC[second]!);
    }
    table = { tpmCU, unifiedKappaC, tpmCUMinByHour, unifiedKappaCMaxByHour };
    byUnified.set(unified, table);
  }
  return table;
}
