import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Instant, IsoDateTimeReader, instant } from '@muster/kernel';

/** The reference folder of the shared material, beside the repository. */
export const REFERENCE_DIR = fileURLToPath(new URL('../../../../../shared/reference/fatigue/', import.meta.url));

const reader = new IsoDateTimeReader();

/** Reference times are local wall-clock without an offset; the references read them as UTC. */
export function wallClock(text: string): Instant {
  if (!reader.read(text)) throw new Error(`bad reference time ${text}`);
  return instant(reader.value);
}

/** Rows of a reference CSV as objects keyed by header (quotes removed). */
export function readReferenceCsv(name: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(`${REFERENCE_DIR}${name}`, 'utf8').trim().split(/\r?\n/);
  const keys = header!.split(',').map((k) => k.replaceAll('"', ''));
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [keys[i]!, v.replaceAll('"', '')])));
}

export interface Scenario {
  readonly name: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly rows: number;
  readonly sleep: { start: Instant; end: Instant }[];
  readonly duties: { id: number; start: Instant; end: Instant }[];
}

export function scenarios(): Scenario[] {
  const inputs = readReferenceCsv('scenario_inputs.csv');
  return readReferenceCsv('scenario_windows.csv').map((w) => ({
    name: w['scenario']!,
    start: wallClock(w['series_start']!),
    end: wallClock(w['series_end']!),
    rows: Number(w['rows']),
    sleep: inputs.filter((r) => r['scenario'] === w['scenario'] && r['kind'] === 'sleep').map((r) => ({ start: wallClock(r['start']!), end: wallClock(r['end']!) })),
    duties: inputs
      .filter((r) => r['scenario'] === w['scenario'] && r['kind'] === 'duty')
      .map((r) => ({ id: Number(r['id']), start: wallClock(r['start']!), end: wallClock(r['end']!) })),
  }));
}
