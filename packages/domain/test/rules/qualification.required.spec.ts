import { describe, expect, it } from 'vitest';
import { aQualification, aShift, day, verifyRule } from '@muster/testkit';
import { qualificationRequired } from '../../src/rules/qualification.required.ts';

const pitDriver = { operationId: 'OP-7', role: 'pit-driver' } as const;
const pursuitAllYear = aQualification('vehicle-pursuit', '2025-01-01', '2026-12-31');

function withGrants(...grants: ReturnType<typeof aQualification>[]) {
  return verifyRule(qualificationRequired, { qualifications: grants });
}

describe('qualification.required', () => {
  it('accepts a record whose role qualifications are all valid throughout', () => {
    expect(withGrants(aQualification('pit', '2026-01-01', '2026-12-31'), pursuitAllYear).given(aShift('2026-02-10T07:00', '2026-02-10T19:00', pitDriver)).brief).toEqual([]);
  });

  it('requires nothing of a record without a role', () => {
    expect(withGrants().given(aShift('2026-02-10T07:00', '2026-02-10T19:00', { operationId: 'OP-7' })).brief).toEqual([]);
  });

  it('blocks a record for a role whose qualification the officer never held, for the whole record', () => {
    const verdict = withGrants(pursuitAllYear).given(aShift('2026-02-10T07:00', '2026-02-10T19:00', pitDriver));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 12, limit: 0, from: '2026-02-10 07:00', to: '2026-02-10 19:00' }]);
    expect(verdict.findings[0]!.facts).toEqual({ qualification: 'pit', role: 'pit-driver', operation: 'OP-7', status: 'never-held', recordHours: 12 });
    expect(verdict.messages[0]).toBe(
      'Role "pit-driver" on operation OP-7 requires qualification "pit", but the officer holds no record of it: 12 h of the 12 h record (2026-02-10 07:00 to 2026-02-10 19:00) is not covered.',
    );
  });

  it('reports each missing qualification of a role', () => {
    const verdict = withGrants().given(aShift('2026-02-10T07:00', '2026-02-10T19:00', pitDriver));
    expect(verdict.findings.map((f) => f.facts.qualification)).toEqual(['pit', 'vehicle-pursuit']);
  });

  it('accepts a record that ends exactly at the end of the expiry day', () => {
    expect(withGrants(aQualification('pit', '2025-01-06', '2026-01-05'), pursuitAllYear).given(aShift('2026-01-05T16:00', '2026-01-06T00:00', pitDriver)).brief).toEqual([]);
  });

  it('blocks a record that runs one minute past the expiry day', () => {
    const verdict = withGrants(aQualification('pit', '2025-01-06', '2026-01-05'), pursuitAllYear).given(aShift('2026-01-05T16:00', '2026-01-06T00:01', pitDriver));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 0.016667, limit: 0, from: '2026-01-05 16:00', to: '2026-01-06 00:01' }]);
    expect(verdict.findings[0]!.facts.status).toBe('lapses');
    expect(verdict.messages[0]).toContain('but it lapses on 2026-01-05: 0.02 h of the 8.02 h record');
  });

  it('accepts a record that starts exactly at the start of the issue day', () => {
    expect(withGrants(aQualification('pit', '2026-01-05', '2027-01-04'), pursuitAllYear).given(aShift('2026-01-05T00:00', '2026-01-05T08:00', pitDriver)).brief).toEqual([]);
  });

  it('blocks a record that starts one minute before the issue day', () => {
    const verdict = withGrants(aQualification('pit', '2026-01-05', '2027-01-04'), pursuitAllYear).given(aShift('2026-01-04T23:59', '2026-01-05T08:00', pitDriver));
    expect(verdict.brief.map((f) => [f.level, f.measured])).toEqual([['block', 0.016667]]);
    expect(verdict.messages[0]).toContain('it is valid only from 2026-01-05: 0.02 h of the 8.02 h record');
  });

  it('blocks the hours after midnight of a night duty that outlasts the expiry day', () => {
    const verdict = withGrants(aQualification('pit', '2025-01-06', '2026-01-05'), pursuitAllYear).given(aShift('2026-01-05T22:00', '2026-01-06T06:00', pitDriver));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 6, limit: 0, from: '2026-01-05 22:00', to: '2026-01-06 06:00' }]);
  });

  it('reads the expiry day in the officer zone, not in UTC', () => {
    // 23:30 in Chicago is 05:30 UTC on the next day.
    expect(withGrants(aQualification('pit', '2025-01-06', '2026-01-05'), pursuitAllYear).given(aShift('2026-01-05T15:30', '2026-01-05T23:30', pitDriver)).brief).toEqual([]);
  });

  it('accepts a night duty covered by a renewal that starts the day after the old grant expires', () => {
    const verdict = withGrants(aQualification('pit', '2025-02-01', '2026-01-31'), aQualification('pit', '2026-02-01', '2027-01-31'), pursuitAllYear).given(
      aShift('2026-01-31T22:00', '2026-02-01T06:00', pitDriver),
    );
    expect(verdict.brief).toEqual([]);
  });

  it('says when the qualification expired before the record', () => {
    const verdict = withGrants(aQualification('pit', '2025-02-01', '2026-01-31'), pursuitAllYear).given(aShift('2026-02-10T07:00', '2026-02-10T19:00', pitDriver));
    expect(verdict.findings[0]!.facts).toMatchObject({ status: 'expired', statusDay: day('2026-01-31') });
    expect(verdict.messages[0]).toContain('but it expired on 2026-01-31: 12 h of the 12 h record');
  });

  it('says from when a qualification issued after the record is valid', () => {
    const verdict = withGrants(aQualification('pit', '2026-03-01', '2027-02-28'), pursuitAllYear).given(aShift('2026-02-10T07:00', '2026-02-10T19:00', pitDriver));
    expect(verdict.findings[0]!.facts).toMatchObject({ status: 'not-yet-valid', statusDay: day('2026-03-01') });
    expect(verdict.messages[0]).toContain('but it is valid only from 2026-03-01');
  });

  it('says when the last grant expired for a record that falls between an expired grant and a later one', () => {
    const verdict = withGrants(aQualification('pit', '2025-02-01', '2026-01-31'), aQualification('pit', '2026-03-01', '2027-02-28'), pursuitAllYear).given(
      aShift('2026-02-10T07:00', '2026-02-10T19:00', pitDriver),
    );
    expect(verdict.brief.map((f) => [f.level, f.measured])).toEqual([['block', 12]]);
    expect(verdict.findings[0]!.facts).toMatchObject({ status: 'expired', statusDay: day('2026-01-31') });
    expect(verdict.messages[0]).toContain('but it expired on 2026-01-31');
  });

  it('names the latest expiry among earlier grants, not the expiry of the latest issued one', () => {
    const verdict = withGrants(aQualification('pit', '2024-02-01', '2026-01-31'), aQualification('pit', '2025-01-01', '2025-06-30'), pursuitAllYear).given(
      aShift('2026-02-10T07:00', '2026-02-10T19:00', pitDriver),
    );
    expect(verdict.messages[0]).toContain('but it expired on 2026-01-31');
  });

  it('counts 8 uncovered hours after a grant expires on the fall-back night (7 h on the clock)', () => {
    const verdict = withGrants(aQualification('pit', '2025-11-01', '2026-10-31'), pursuitAllYear).given(aShift('2026-10-31T22:00', '2026-11-01T07:00', pitDriver));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 8, limit: 0, from: '2026-10-31 22:00', to: '2026-11-01 07:00' }]);
    expect(verdict.findings[0]!.facts.recordHours).toBe(10);
  });

  it('counts 6 uncovered hours after a grant expires on the spring-forward night (7 h on the clock)', () => {
    const verdict = withGrants(aQualification('pit', '2025-03-08', '2026-03-07'), pursuitAllYear).given(aShift('2026-03-07T22:00', '2026-03-08T07:00', pitDriver));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 6, limit: 0, from: '2026-03-07 22:00', to: '2026-03-08 07:00' }]);
    expect(verdict.findings[0]!.facts.recordHours).toBe(8);
  });

  it('reads role requirements from the policy roles', () => {
    const verdict = verifyRule(qualificationRequired, { roles: { 'k9-handler': ['k9'] } }).given(aShift('2026-02-10T07:00', '2026-02-10T15:00', { role: 'k9-handler' }));
    expect(verdict.brief.map((f) => [f.level, f.measured])).toEqual([['block', 8]]);
    expect(verdict.messages[0]).toBe(
      'Role "k9-handler" requires qualification "k9", but the officer holds no record of it: 8 h of the 8 h record (2026-02-10 07:00 to 2026-02-10 15:00) is not covered.',
    );
  });
});
