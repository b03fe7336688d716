import { describe, expect, it } from 'vitest';
import { timeZone } from '@muster/kernel';
import { buildEpochGrid, hoursSinceStart, runTpm, runUnified, statusDurationH } from '../../src/index.ts';
import { readReferenceCsv, scenarios } from './reference-data.ts';

const TOLERANCE = 1e-9;

function worstDifference(expected: Record<string, string>[], actual: (k: number) => Record<string, number>, columns: string[]): Record<string, number> {
  const worst: Record<string, number> = Object.fromEntries(columns.map((c) => [c, 0]));
  expected.forEach((row, k) => {
    const values = actual(k);
    for (const column of columns) worst[column] = Math.max(worst[column]!, Math.abs(Number(row[column]) - values[column]!));
  });
  return worst;
}

describe.each(scenarios().map((s) => [s.name, s] as const))('reference series %s', (name, scenario) => {
  const grid = buildEpochGrid({ start: scenario.start, end: scenario.end, epochMinutes: 5, zone: timeZone('UTC'), sleep: scenario.sleep });
  const common = (k: number) => ({
    hours_since_start: hoursSinceStart(grid, k),
    time_of_day: grid.timeOfDayH[k]!,
    awake: grid.awake[k]!,
    status_duration_h: statusDurationH(grid, k),
    on_duty: scenario.duties.some((d) => grid.start + k * grid.epochMs >= d.start && grid.start + k * grid.epochMs < d.end) ? 1 : 0,
  });

  it('has the reference number of rows', () => {
    expect(grid.count).toBe(scenario.rows);
  });

  it('reproduces every TPM column to 1e-9', () => {
    const expected = readReferenceCsv(`${name}_TPM.csv`);
    const tpm = runTpm(grid);
    const worst = worstDifference(expected, (k) => ({ ...common(k), s: tpm.s[k]!, c: tpm.c[k]!, u: tpm.u[k]!, w: tpm.w[k]!, alertness: tpm.alertness[k]!, KSS: tpm.kss[k]! }), [
      'hours_since_start',
      'time_of_day',
      'awake',
      'on_duty',
      'status_duration_h',
      's',
      'c',
      'u',
      'w',
      'alertness',
      'KSS',
    ]);
    for (const [column, difference] of Object.entries(worst)) expect(difference, column).toBeLessThanOrEqual(TOLERANCE);
  });

  it('reproduces every Unified column to 1e-9', () => {
    const expected = readReferenceCsv(`${name}_unified.csv`);
    const unified = runUnified(grid);
    const worst = worstDifference(expected, (k) => ({ ...common(k), s: unified.s[k]!, l: unified.l[k]!, c: unified.c[k]!, w: unified.w[k]!, fatigue: unified.fatigue[k]! }), [
      'hours_since_start',
      'time_of_day',
      'awake',
      'on_duty',
      'status_duration_h',
      's',
      'l',
      'c',
      'w',
      'fatigue',
    ]);
    for (const [column, difference] of Object.entries(worst)) expect(difference, column).toBeLessThanOrEqual(TOLERANCE);
  });
});
