import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type DutyRecord, type Officer } from '@muster/domain';
import { AppError, timeZone } from '@muster/kernel';
import { aShift, anOfficer, at, day } from '@muster/testkit';
import type { StoredOperation } from '../../src/ports/operation-store.ts';
import { checkTeam } from '../../src/staffing/check-team.ts';
import type { StaffingData } from '../../src/staffing/staffing-data.ts';

const operation: StoredOperation = {
  id: 'OP-1',
  name: 'Warrant service',
  unitId: 'north',
  start: at('2026-03-12T08:00'),
  end: at('2026-03-12T16:00'),
  riskTier: 'high',
  roles: [{ role: 'entry-team', count: 3, requiredQualifications: ['first-aid'] }],
};
const ENTRY = ['firearms', 'high-risk-warrant', 'first-aid'];

function data(officers: Officer[], records: DutyRecord[] = []): StaffingData {
  return {
    officers: new Map(officers.map((o) => [o.id, o])),
    qualifications: new Map(
      officers.map((o) => [o.id, ENTRY.map((qualificationId) => ({ officerId: o.id, qualificationId, issued: day('2025-01-01'), expires: day('2027-01-01') }))]),
    ),
    ledger: new Map(officers.map((o) => [o.id, records.filter((r) => r.officerId === o.id)])),
    policy: DEFAULT_POLICY,
    policyVersion: 0,
    zoneOf: () => timeZone('America/Chicago'),
  };
}

const veteran = anOfficer({ id: 'V1', hireDate: day('2019-01-07') });
const recruit = (id: string) => anOfficer({ id, hireDate: day('2026-01-05') });
const entry = (...ids: string[]) => ids.map((officerId) => ({ role: 'entry-team', officerId }));

describe('checkTeam', () => {
  it('returns each member with the warnings the assignment creates, scored 10 per warning', () => {
    // 13:00–21:00 the day before leaves 11 h of rest: under the 12 h warn level, over the 10 h block.
    const [member] = checkTeam(operation, data([veteran], [aShift('2026-03-11T13:00', '2026-03-11T21:00', { officerId: 'V1' })]), entry('V1'), 'Maybe not.');
    expect(member).toEqual({
      role: 'entry-team',
      officerId: 'V1',
      name: 'Test Officer',
      recruit: false,
      veteran: true,
      score: 18,
      hoursPrior7Days: 8,
      overtimeHoursThisMonth: 0,
      warnings: ['rest.min-between-duties'],
    });
  });

  it('refuses a team with fewer veterans than recruits, naming the last recruit', () => {
    const team = data([veteran, recruit('R1'), recruit('R2')]);
    expect(checkTeam(operation, team, entry('V1', 'R1'), '').map((m) => [m.officerId, m.recruit])).toEqual([
      ['V1', false],
      ['R1', true],
    ]);
    let error: unknown;
    try {
      checkTeam(operation, team, entry('V1', 'R1', 'R2'), 'Maybe add a veteran.');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'proposal.gate-failed',
      message:
        'Officer R2 cannot take role "entry-team" on operation OP-1 [team.veteran-ratio]: the team has 1 veteran(s) (≥ 3 years) for 2 recruit(s); the team rule needs 1 per recruit. Maybe add a veteran.',
      details: { officerId: 'R2', gate: 'team.veteran-ratio' },
    });
  });

  it('refuses an officer a block finding of the policy would stop, with the finding in words', () => {
    // 00:00 to 08:00: 8 h of rest, under the 10 h block level.
    const tired = data([veteran], [aShift('2026-03-11T16:00', '2026-03-12T00:00', { officerId: 'V1' })]);
    expect(() => checkTeam(operation, tired, entry('V1'), 'Maybe another.')).toThrow(
      'Officer V1 cannot take role "entry-team" on operation OP-1 [rest.min-between-duties]: Only 8 h rest between duties (2026-03-12 00:00 to 2026-03-12 08:00); the block limit is at least 10 h. Maybe another.',
    );
  });
});
