import { type Instant, MS_PER_DAY, SeededRng, readIsoDate, timeZone } from '@muster/kernel';
import { buildDutyPeriods } from '@muster/domain';
import type { PredictionInput } from '@muster/fatigue';
import type { OfficerProfile } from '../compliance/officer-profile.ts';
import { officerYear } from '../compliance/officer-year.ts';

/**
 * A realistic officer-year for the series benchmark: a patrol officer in Chicago on a 12-h Pitman
 * 2-2-3 rotation, day shifts 06:00–18:00 swapping to nights 18:00–06:00 every 28 days, with the
 * compliance generator's holdovers, court, overtime, training and leave (`officerYear`, seeded).
 * The prediction spans `days` local days from `from`, both clock changes of 2026 included.
 */
export function pitmanOfficerYear(from = '2026-01-01', days = 365, seed = 2026): PredictionInput & { readonly records: number } {
  const zone = timeZone('America/Chicago');
  const firstDay = readIsoDate(from);
  if (typeof firstDay !== 'number') throw new RangeError(`bad date "${from}": expected YYYY-MM-DD`);
  const profile: OfficerProfile = {
    id: 'O-00001',
    name: 'Maria Alvarez',
    unit: 'Chicago Patrol 2',
    rank: 'Officer',
    hireDate: '2015-06-01',
    priorLeYears: 0,
    academyTrack: 'full',
    zone: zone.name,
    rotation: 'twelve',
    team: 'day',
    startMinute: 360,
    phase: 0,
    swapStartMinute: 1080,
    overtimeAppetite: 1,
    onCallRota: false,
  };
  const records = officerYear(profile, zone, firstDay, days, new SeededRng(seed)).map((r) => ({
    officerId: profile.id,
    start: r.start as Instant,
    end: r.end as Instant,
    kind: r.kind,
  }));
  const periods = buildDutyPeriods(records);
  const duties = Array.from(periods.starts, (start, i) => ({ start: start as Instant, end: periods.ends[i]! as Instant }));
  return {
    duties,
    zone,
    from: zone.toInstantLenient(firstDay * MS_PER_DAY),
    to: zone.toInstantLenient((firstDay + days) * MS_PER_DAY),
    records: records.length,
  };
}
