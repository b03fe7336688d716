import { describe, expect, it } from 'vitest';
import { timeZone } from '@muster/kernel';
import { buildEpochGrid, runTpm, runUnified, summarizeDuties } from '../../src/index.ts';
import { readReferenceCsv, scenarios, wallClock } from './reference-data.ts';

describe('duty summaries', () => {
  const expected = readReferenceCsv('duty_summary.csv');
  it.each(scenarios().map((s) => [s.name, s] as const))('reproduce duty_summary.csv for %s to 1e-9', (name, scenario) => {
    const grid = buildEpochGrid({ start: scenario.start, end: scenario.end, epochMinutes: 5, zone: timeZone('UTC'), sleep: scenario.sleep });
    const summaries = summarizeDuties({ grid, tpm: runTpm(grid), unified: runUnified(grid) }, scenario.duties);
    const rows = expected.filter((r) => r['scenario'] === name);
    expect(summaries).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const s = summaries[i]!;
      expect(s.epochsOnDuty).toBe(Number(row['epochs_on_duty']));
      expect(s.awakeEpochsOnDuty).toBe(Number(row['awake_epochs_on_duty']));
      expect(Math.abs(s.maxKss - Number(row['tpm_max_KSS']))).toBeLessThanOrEqual(1e-9);
      expect(s.maxKssAt).toBe(wallClock(row['tpm_max_KSS_at']!));
      expect(Math.abs(s.minAlertness - Number(row['tpm_min_alertness']))).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(s.meanKss - Number(row['tpm_mean_KSS']))).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(s.maxLapses - Number(row['unified_max_fatigue']))).toBeLessThanOrEqual(1e-9);
      expect(s.maxLapsesAt).toBe(wallClock(row['unified_max_fatigue_at']!));
      expect(Math.abs(s.meanLapses - Number(row['unified_mean_fatigue']))).toBeLessThanOrEqual(1e-9);
    });
  });
});
