import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, formatImportIssue, importDataset } from '@muster/domain';
import { sourceFile as fileSource } from '../../apps/cli/src/input-files.ts';
import { type DutyRecordOptions, type GeneratedDutyRecords, generateDutyRecords } from './generate-duty-records.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function generate(options: DutyRecordOptions): GeneratedDutyRecords {
  const files = generateDutyRecords(options);
  dirs.push(files.dir);
  return files;
}

function importGenerated(files: GeneratedDutyRecords) {
  const result = importDataset({ shifts: fileSource(files.shiftsPath), officers: fileSource(files.officersPath) }, DEFAULT_POLICY);
  // Show the importer's own words on failure: they name the line and the reason.
  expect(result.ok ? [] : result.error.issues.map(formatImportIssue)).toEqual([]);
  return result.ok ? result.value : undefined;
}

describe('generateDutyRecords', () => {
  it('writes 50 officers × 60 days across the spring-forward night that import without a single issue', () => {
    const files = generate({ officers: 50, days: 60, seed: 7, from: '2026-02-20' });
    const dataset = importGenerated(files);
    expect(dataset?.officers?.size).toBe(50);
    expect(dataset?.recordCount).toBe(files.records);
    expect(files.records).toBeGreaterThan(50 * 30);
  });

  it('writes 50 officers × 60 days across the fall-back night that import without a single issue', () => {
    const files = generate({ officers: 50, days: 60, seed: 7, from: '2026-10-05' });
    const dataset = importGenerated(files);
    expect(dataset?.recordCount).toBe(files.records);
    expect(files.withOffset).toBeGreaterThan(0);
  });

  it('writes every kind of duty record over a year of 50 officers', () => {
    const files = generate({ officers: 50, days: 365, seed: 11 });
    importGenerated(files);
    for (const kind of ['regular', 'overtime', 'training', 'court', 'on_call'] as const) expect(files.byKind[kind]).toBeGreaterThan(0);
  });

  it('writes byte-identical files for one seed and different ones for another', () => {
    const a = generate({ officers: 50, days: 60, seed: 42 });
    const b = generate({ officers: 50, days: 60, seed: 42 });
    const c = generate({ officers: 50, days: 60, seed: 43 });
    expect(readFileSync(b.shiftsPath, 'utf8')).toBe(readFileSync(a.shiftsPath, 'utf8'));
    expect(readFileSync(b.officersPath, 'utf8')).toBe(readFileSync(a.officersPath, 'utf8'));
    expect(readFileSync(c.shiftsPath, 'utf8')).not.toBe(readFileSync(a.shiftsPath, 'utf8'));
  });
});
