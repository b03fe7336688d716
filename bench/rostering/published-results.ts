import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CURTOIS_DIR = fileURLToPath(new URL('../../../shared/benchmarks/curtois/', import.meta.url));

/** Best known objective per instance (best-known.csv). */
export function bestKnown(): Map<string, number> {
  const rows = readFileSync(`${CURTOIS_DIR}best-known.csv`, 'utf8').trim().split(/\r?\n/).slice(1);
  return new Map(rows.map((row) => row.split(',')).map(([instance, upper]) => [instance!, Number(upper)]));
}

/** The best objective any published method reached within `minutes` per instance (literature-results.csv). */
export function bestPublished(minutes: number): Map<string, { objective: number; method: string }> {
  const best = new Map<string, { objective: number; method: string }>();
  const rows = readFileSync(`${CURTOIS_DIR}literature-results.csv`, 'utf8').trim().split(/\r?\n/).slice(1);
  for (const row of rows) {
    // instance,"method, with commas",time_limit_min,objective,source
    const match = /^([^,]+),(".*?"|[^,]*),(\d+),(\d+),/.exec(row);
    if (!match) continue;
    const [, instance, method, limit, objective] = match;
    if (Number(limit) !== minutes) continue;
    const current = best.get(instance!);
    if (!current || Number(objective) < current.objective) best.set(instance!, { objective: Number(objective), method: method!.replaceAll('"', '') });
  }
  return best;
}
