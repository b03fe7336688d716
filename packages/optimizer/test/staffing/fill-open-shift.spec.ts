import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type DutyRecord, type Officer, type OfficerQualification, type Policy } from '@muster/domain';
import { aQualification, aShift, anOfficer, at, day } from '@muster/testkit';
import { exclusionGate } from '../../src/staffing/exclusion-messages.ts';
import { type OvertimeListInput, fillOpenShift } from '../../src/staffing/fill-open-shift.ts';

const policy: Policy = { ...DEFAULT_POLICY, timeZone: 'America/Chicago', roles: {} };
// Saturday 2026-03-21, 07:00–15:00 overtime; the equalisation period starts 2026-03-01.
const shift = { start: at('2026-03-21T07:00'), end: at('2026-03-21T15:00'), requiredQualifications: ['firearms'] };

interface Person {
  id: string;
  hired: string;
  overtimeHours?: number;
  quals?: string[];
  records?: DutyRecord[];
}

function list(people: Person[], extra: Omit<Partial<OvertimeListInput>, 'volunteers'> & { volunteers: string[] }) {
  const officers = new Map<string, Officer>();
  const qualifications = new Map<string, OfficerQualification[]>();
  const ledger = new Map<string, DutyRecord[]>();
  for (const p of people) {
    officers.set(p.id, anOfficer({ id: p.id, hireDate: day(p.hired) }));
    qualifications.set(
      p.id,
      (p.quals ?? ['firearms']).map((q) => aQualification(q, '2025-06-01', '2026-12-31', p.id)),
    );
    // Overtime already worked this month, as one record on 2026-03-02 of that many hours.
    const overtime = p.overtimeHours ? [aShift('2026-03-02T08:00', `2026-03-02T${String(8 + p.overtimeHours).padStart(2, '0')}:00`, { kind: 'overtime', officerId: p.id })] : [];
    ledger.set(
      p.id,
      [...overtime, ...(p.records ?? []).map((r) => ({ ...r, officerId: p.id }))].sort((a, b) => a.start - b.start),
    );
  }
  const { volunteers, ...rest } = extra;
  return fillOpenShift({ shift, officers, qualifications, ledger, policy, volunteers: new Set(volunteers), order: 'hours', periodStart: at('2026-03-01T00:00'), ...rest });
}

const outcome = (result: ReturnType<typeof fillOpenShift>) =>
  result.entries.map((e) => `${e.turn} ${e.officerId} ${e.list} ${e.outcome}${e.skip ? ` ${exclusionGate(e.skip)}` : ''}`);

describe('fillOpenShift', () => {
  it('offers volunteers in order of fewest overtime hours, the more senior first on a tie', () => {
    const result = list(
      [
        { id: 'A', hired: '2015-01-05', overtimeHours: 10 },
        { id: 'B', hired: '2020-01-06', overtimeHours: 2 },
        { id: 'C', hired: '2010-01-04', overtimeHours: 2 },
        { id: 'N', hired: '2024-01-08' },
      ],
      { volunteers: ['A', 'B', 'C'] },
    );
    expect(outcome(result)).toEqual(['1 C voluntary assigned', '2 B voluntary not-reached', '3 A voluntary not-reached', '4 N mandatory not-reached']);
    expect(result.assigned).toEqual({ officerId: 'C', forced: false });
    expect(result.entries.map((e) => e.overtimeHours)).toEqual([2, 2, 10, 0]);
  });

  it('skips a volunteer whom a rule would block and says which rule', () => {
    const result = list(
      [
        { id: 'TIRED', hired: '2015-01-05', records: [aShift('2026-03-20T23:00', '2026-03-21T03:00')] },
        { id: 'FRESH', hired: '2016-01-04', overtimeHours: 4 },
      ],
      { volunteers: ['TIRED', 'FRESH'] },
    );
    expect(outcome(result)).toEqual(['1 TIRED voluntary skipped rest.min-between-duties', '2 FRESH voluntary assigned']);
  });

  it('falls back to mandatory overtime for the least senior who can work it, and marks it forced', () => {
    const result = list(
      [
        { id: 'VOL', hired: '2015-01-05', quals: [] },
        { id: 'OLD', hired: '2005-01-03' },
        { id: 'NEW', hired: '2025-06-02' },
        { id: 'NEWER', hired: '2026-01-05', records: [aShift('2026-03-21T06:00', '2026-03-21T14:00')] },
      ],
      { volunteers: ['VOL'] },
    );
    expect(outcome(result)).toEqual(['1 VOL voluntary skipped qualification', '2 NEWER mandatory skipped unavailable', '3 NEW mandatory assigned', '4 OLD mandatory not-reached']);
    expect(result.assigned).toEqual({ officerId: 'NEW', forced: true });
  });

  it('follows a rotation when the agency equalises by rotation', () => {
    const result = list(
      [
        { id: 'A', hired: '2015-01-05', overtimeHours: 0 },
        { id: 'B', hired: '2016-01-04', overtimeHours: 9 },
      ],
      { volunteers: ['A', 'B'], order: 'rotation', rotation: ['B', 'A'] },
    );
    expect(result.assigned).toEqual({ officerId: 'B', forced: false });
  });

  it('reports nobody assigned when no officer can work the shift', () => {
    const result = list([{ id: 'X', hired: '2015-01-05', quals: [] }], { volunteers: [] });
    expect(result.assigned).toBeUndefined();
    expect(outcome(result)).toEqual(['1 X mandatory skipped qualification']);
  });
});
