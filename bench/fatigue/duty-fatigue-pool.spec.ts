import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Instant, timeZone } from '@muster/kernel';
import { predictDutyFatigue } from '@muster/fatigue';
import { DEFAULT_POLICY, type Dataset, buildDutyPeriods, importDataset } from '@muster/domain';
import { sourceFile as fileSource } from '../../apps/cli/src/input-files.ts';
import { type GeneratedDutyRecords, generateDutyRecords } from '../compliance/generate-duty-records.ts';
import { runDutyFatigueInProcess, runDutyFatiguePool } from './duty-fatigue-pool.ts';
import { officerDuties } from './officer-duties.ts';

let files: GeneratedDutyRecords;
let dataset: Dataset;
// Per officer, in ledger order: max KSS and lapses over predictDutyFatigue's duties, and counts.
let expected: { maxKss: number; maxLapses: number; kss7: number; kss8: number; lapses10: number }[];

beforeAll(() => {
  // 40 officers × 30 days across the spring-forward night, in four zones.
  files = generateDutyRecords({ officers: 40, days: 30, seed: 5, from: '2026-02-25' });
  const result = importDataset({ shifts: fileSource(files.shiftsPath), officers: fileSource(files.officersPath) }, DEFAULT_POLICY);
  if (!result.ok) throw new Error(`generated data did not import: ${result.error.total} problems`);
  dataset = result.value;
  expected = [...dataset.ledger].map(([id, records]) => {
    const p = buildDutyPeriods(records);
    const duties = Array.from(p.starts, (start, i) => ({ start: start as Instant, end: p.ends[i]! as Instant }));
    const zone = timeZone(dataset.officers!.get(id)!.timeZone);
    const figures = predictDutyFatigue({ duties, zone, from: duties[0]!.start, to: duties[duties.length - 1]!.end });
    const peaks = figures.map((d) => d.maxKss).filter((k) => !Number.isNaN(k));
    const lapses = figures.map((d) => d.maxLapses).filter((l) => !Number.isNaN(l));
    return {
      maxKss: Math.max(...peaks),
      maxLapses: Math.max(...lapses),
      kss7: peaks.filter((k) => k >= 7).length,
      kss8: peaks.filter((k) => k >= 8).length,
      lapses10: lapses.filter((l) => l >= 10).length,
    };
  });
});
afterAll(() => rmSync(files.dir, { recursive: true, force: true }));

describe('duty fatigue in worker threads', () => {
  it('gives every officer the same peak KSS, lapses and counts as predictDutyFatigue in-process', async () => {
    // Batches of 7 over 2 workers: several batches per worker, answered in any order.
    const run = await runDutyFatiguePool(officerDuties(dataset, DEFAULT_POLICY.timeZone), { workers: 2, batchSize: 7 });
    expect(run.tally.officers).toBe(40);
    expect(run.batches).toBe(6);
    expect(Array.from(run.tally.maxKss)).toEqual(expected.map((e) => e.maxKss));
    expect(Array.from(run.tally.maxLapses)).toEqual(expected.map((e) => e.maxLapses));
    expect(Array.from(run.tally.kss7)).toEqual(expected.map((e) => e.kss7));
    expect(Array.from(run.tally.kss8)).toEqual(expected.map((e) => e.kss8));
    expect(Array.from(run.tally.lapses10)).toEqual(expected.map((e) => e.lapses10));
  });

  it('gives the same figures in-process as in the workers, histograms included', async () => {
    const pooled = await runDutyFatiguePool(officerDuties(dataset, DEFAULT_POLICY.timeZone), { workers: 2, batchSize: 16 });
    const local = runDutyFatigueInProcess(officerDuties(dataset, DEFAULT_POLICY.timeZone), 16);
    expect(local.tally).toEqual(pooled.tally);
    const duties = Array.from(local.tally.duties).reduce((a, b) => a + b, 0);
    expect(local.tally.kssHistogram.reduce((a, b) => a + b, 0)).toBe(duties);
  });
});
