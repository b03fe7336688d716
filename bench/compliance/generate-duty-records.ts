import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeededRng, TimeZone, readIsoDate } from '@muster/kernel';
import { DUTY_KINDS, type DutyKind } from '@muster/domain';
import { BufferedFile } from './buffered-file.ts';
import { LocalTimeText } from './local-time-text.ts';
import { OFFICERS_HEADER, officerCsvLine, officerProfile } from './officer-profile.ts';
import { officerYear } from './officer-year.ts';

export interface DutyRecordOptions {
  readonly officers: number;
  readonly days: number;
  readonly seed: number;
  /** First local day, `YYYY-MM-DD`; 2026-01-01 by default, so a year crosses both clock changes. */
  readonly from?: string;
  /** Where to write; a fresh folder under the OS temp dir by default. */
  readonly dir?: string;
}

export interface GeneratedDutyRecords {
  readonly dir: string;
  readonly shiftsPath: string;
  readonly officersPath: string;
  readonly records: number;
  readonly byKind: Readonly<Record<DutyKind, number>>;
  /** Records written with a UTC offset (the rest are wall-clock local time). */
  readonly withOffset: number;
  readonly shiftsBytes: number;
  readonly officersBytes: number;
}

export const SHIFTS_HEADER = 'officer_id,start,end,kind,operation_id,role\n';

/**
 * Writes `shifts.csv` and `officers.csv` for `officers` officers over `days` local days. The same
 * options give byte-identical files on any machine: every officer draws from their own
 * `SeededRng`, seeded from `seed` and their number. Officers' records are written together,
 * sorted by start, as an agency's export would be; files are streamed, never held whole.
 */
export function generateDutyRecords(options: DutyRecordOptions): GeneratedDutyRecords {
  const firstDay = readIsoDate(options.from ?? '2026-01-01');
  if (typeof firstDay !== 'number') throw new RangeError(`bad --from date "${options.from}": expected YYYY-MM-DD`);
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'muster-bench-'));
  const shifts = new BufferedFile(join(dir, 'shifts.csv'));
  const officers = new BufferedFile(join(dir, 'officers.csv'));
  shifts.write(SHIFTS_HEADER);
  officers.write(OFFICERS_HEADER);
  const texts = new Map<string, LocalTimeText>();
  const byKind = Object.fromEntries(DUTY_KINDS.map((k) => [k, 0])) as Record<DutyKind, number>;
  const idWidth = Math.max(5, String(options.officers).length);
  let records = 0;
  let withOffset = 0;
  for (let i = 0; i < options.officers; i++) {
    const rng = new SeededRng(mixSeed(options.seed, i));
    const profile = officerProfile(i, idWidth, rng);
    officers.write(officerCsvLine(profile));
    const zone = TimeZone.find(profile.zone)!;
    let text = texts.get(profile.zone);
    if (!text) texts.set(profile.zone, (text = new LocalTimeText(zone)));
    let lines = '';
    for (const r of officerYear(profile, zone, firstDay, options.days, rng)) {
      lines += `${profile.id},${text.format(r.start, r.withOffset)},${text.format(r.end, r.withOffset)},${r.kind},${r.operationId},${r.role}\n`;
      byKind[r.kind]++;
      if (r.withOffset) withOffset++;
      records++;
    }
    shifts.write(lines);
  }
  const shiftsBytes = shifts.close();
  const officersBytes = officers.close();
  return { dir, shiftsPath: shifts.path, officersPath: officers.path, records, byKind, withOffset, shiftsBytes, officersBytes };
}

/**
 * A well-spread 32-bit seed per officer (murmur3's finaliser). Mulberry32 streams whose seeds
 * differ by a multiple of its increment are shifted copies of each other; hashing avoids that.
 */
function mixSeed(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
