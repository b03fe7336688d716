import type { DutyKind, DutyRecord, Officer, OfficerQualification } from '@muster/domain';
import { TEST_ZONE, at, day } from './local-time.ts';

/** An officer with plausible defaults; pass only the fields a test is about. */
export function anOfficer(overrides: Partial<Officer> = {}): Officer {
  return {
    id: 'O-1',
    name: 'Test Officer',
    unit: 'North',
    rank: 'Officer',
    hireDate: day('2020-01-06'),
    priorLeYears: 0,
    academyTrack: 'full',
    timeZone: TEST_ZONE,
    ...overrides,
  };
}

export interface ShiftOptions {
  readonly kind?: DutyKind;
  readonly officerId?: string;
  readonly zone?: string;
  readonly operationId?: string;
  readonly role?: string;
}

/** A duty record from local wall-clock times (`2026-03-07T22:00`) in the test zone; `regular` by default. */
export function aShift(start: string, end: string, options: ShiftOptions = {}): DutyRecord {
  const zone = options.zone ?? TEST_ZONE;
  return {
    officerId: options.officerId ?? 'O-1',
    start: at(start, zone),
    end: at(end, zone),
    kind: options.kind ?? 'regular',
    ...(options.operationId === undefined ? {} : { operationId: options.operationId }),
    ...(options.role === undefined ? {} : { role: options.role }),
  };
}

/**
 * `count` shifts on consecutive days from `firstDay`, each from `startTime` lasting `hours`
 * (elapsed), e.g. `dailyShifts('2026-03-02', 5, '07:00', 8)`.
 */
export function dailyShifts(firstDay: string, count: number, startTime: string, hours: number, options: ShiftOptions = {}): DutyRecord[] {
  const zone = options.zone ?? TEST_ZONE;
  const first = day(firstDay);
  const records: DutyRecord[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date((first + i) * 86_400_000).toISOString().slice(0, 10);
    const start = at(`${d}T${startTime}`, zone);
    records.push({
      officerId: options.officerId ?? 'O-1',
      start,
      end: (start + hours * 3_600_000) as typeof start,
      kind: options.kind ?? 'regular',
      ...(options.operationId === undefined ? {} : { operationId: options.operationId }),
      ...(options.role === undefined ? {} : { role: options.role }),
    });
  }
  return records;
}

/** A grant of a qualification, valid from `issued` through `expires` (local dates, inclusive). */
export function aQualification(qualificationId: string, issued: string, expires: string, officerId = 'O-1'): OfficerQualification {
  return { officerId, qualificationId, issued: day(issued), expires: day(expires) };
}
