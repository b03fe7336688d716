import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DutyRecord, Finding, Policy } from '@muster/domain';
import { MS_PER_MINUTE, instant } from '@muster/kernel';
import { aShift, anOfficer, arbitrarySchedule, at, dailyShifts, day, local, scheduleFromSteps } from '@muster/testkit';
import { checkCompliance } from '../../src/compliance/check-compliance.ts';
import { DEFAULT_POLICY } from '../../src/policy/default-policy.ts';
import { dutyMaxLength } from '../../src/rules/duty.max-length.ts';
import { restMinBetweenDuties } from '../../src/rules/rest.min-between-duties.ts';

/** These specs are about the engine, so they run the duty-time rules only (fatigue has its own specs). */
function withoutFatigueRules(policy: Policy): Policy {
  return {
    ...policy,
    rules: Object.fromEntries(Object.entries(policy.rules).map(([id, settings]) => [id, id.startsWith('fatigue.') ? { ...settings, enabled: false } : settings])),
  };
}
const dutyTimePolicy = withoutFatigueRules(DEFAULT_POLICY);
const chicagoPolicy: Policy = { ...dutyTimePolicy, timeZone: 'America/Chicago' };

function ledgerOf(...records: DutyRecord[]): Map<string, DutyRecord[]> {
  const ledger = new Map<string, DutyRecord[]>();
  for (const record of records) ledger.set(record.officerId, [...(ledger.get(record.officerId) ?? []), record]);
  for (const list of ledger.values()) list.sort((a, b) => a.start - b.start);
  return ledger;
}

const brief = (findings: readonly Finding[]) => findings.map((f) => [f.officerId, f.ruleId, f.level, f.measured, local(f.start)]);

describe('checkCompliance', () => {
  it('sorts findings by officer, then start, then the order of the rules', () => {
    const ledger = ledgerOf(
      aShift('2026-01-05T06:00', '2026-01-05T22:30', { officerId: 'O-2' }),
      aShift('2026-01-06T06:00', '2026-01-06T14:00', { officerId: 'O-2' }),
      aShift('2026-01-03T07:00', '2026-01-03T20:00', { officerId: 'O-1', role: 'medic' }),
      aShift('2026-01-04T06:00', '2026-01-04T14:00', { officerId: 'O-1' }),
    );
    expect([...ledger.keys()]).toEqual(['O-2', 'O-1']);
    const result = checkCompliance({ policy: chicagoPolicy, ledger });
    expect(brief(result.findings)).toEqual([
      ['O-1', 'duty.max-length', 'warn', 13, '2026-01-03 07:00'],
      ['O-1', 'qualification.required', 'block', 13, '2026-01-03 07:00'],
      ['O-1', 'rest.min-between-duties', 'warn', 10, '2026-01-03 20:00'],
      ['O-2', 'duty.max-length', 'block', 16.5, '2026-01-05 06:00'],
      ['O-2', 'rest.min-between-duties', 'block', 7.5, '2026-01-05 22:30'],
    ]);
    expect(result.officersChecked).toBe(2);
    expect(result.recordsChecked).toBe(4);
  });

  it('produces nothing for a rule the policy disables', () => {
    const policy: Policy = { ...chicagoPolicy, rules: { ...chicagoPolicy.rules, 'duty.max-length': { ...chicagoPolicy.rules['duty.max-length']!, enabled: false } } };
    const ledger = ledgerOf(aShift('2026-01-05T06:00', '2026-01-05T22:30'), aShift('2026-01-06T06:00', '2026-01-06T14:00'));
    expect(brief(checkCompliance({ policy, ledger }).findings)).toEqual([['O-1', 'rest.min-between-duties', 'block', 7.5, '2026-01-05 22:30']]);
  });

  it('runs only the rules it is given', () => {
    const ledger = ledgerOf(aShift('2026-01-05T06:00', '2026-01-05T22:30'), aShift('2026-01-06T06:00', '2026-01-06T14:00'));
    expect(brief(checkCompliance({ policy: chicagoPolicy, ledger, rules: [dutyMaxLength] }).findings)).toEqual([['O-1', 'duty.max-length', 'block', 16.5, '2026-01-05 06:00']]);
  });

  describe('with a range of local days', () => {
    // 1–2 Jan: a 14 h duty and 9 h rest. 5–11 Jan: seven 8 h days.
    const ledger = ledgerOf(aShift('2026-01-01T07:00', '2026-01-01T21:00'), aShift('2026-01-02T06:00', '2026-01-02T14:00'), ...dailyShifts('2026-01-05', 7, '07:00', 8));

    it('reports every finding without a range', () => {
      expect(brief(checkCompliance({ policy: chicagoPolicy, ledger }).findings)).toEqual([
        ['O-1', 'duty.max-length', 'warn', 14, '2026-01-01 07:00'],
        ['O-1', 'rest.min-between-duties', 'block', 9, '2026-01-01 21:00'],
        ['O-1', 'days-off.min-per-7-days', 'block', 7, '2026-01-05 00:00'],
        ['O-1', 'days.max-consecutive-duty-days', 'warn', 7, '2026-01-05 07:00'],
      ]);
    });

    it('keeps findings that touch the range and counts the days before it', () => {
      const result = checkCompliance({ policy: chicagoPolicy, ledger, range: { from: day('2026-01-10') } });
      expect(brief(result.findings)).toEqual([
        ['O-1', 'days-off.min-per-7-days', 'block', 7, '2026-01-05 00:00'],
        ['O-1', 'days.max-consecutive-duty-days', 'warn', 7, '2026-01-05 07:00'],
      ]);
      expect(result.recordsChecked).toBe(9);
    });

    it('drops a finding that ends exactly where the range begins', () => {
      // The days-off stretch ends at 00:00 on 12 January; the duty-day run at 15:00 on the 11th.
      expect(brief(checkCompliance({ policy: chicagoPolicy, ledger, range: { from: day('2026-01-12') } }).findings)).toEqual([]);
    });

    it('includes the whole last day of the range', () => {
      expect(brief(checkCompliance({ policy: chicagoPolicy, ledger, range: { from: day('2026-01-02'), to: day('2026-01-05') } }).findings)).toEqual([
        ['O-1', 'rest.min-between-duties', 'block', 9, '2026-01-01 21:00'],
        ['O-1', 'days-off.min-per-7-days', 'block', 7, '2026-01-05 00:00'],
        ['O-1', 'days.max-consecutive-duty-days', 'warn', 7, '2026-01-05 07:00'],
      ]);
    });
  });

  it('reads the range in each officer time zone', () => {
    // 10:00–23:00 on 9 January in Chicago ends at 05:00 UTC on the 10th.
    const chicagoShift = aShift('2026-01-09T10:00', '2026-01-09T23:00', { officerId: 'O-CHI' });
    const ledger = ledgerOf(chicagoShift, { ...chicagoShift, officerId: 'O-UTC' });
    const officers = new Map([
      ['O-CHI', anOfficer({ id: 'O-CHI', timeZone: 'America/Chicago' })],
      ['O-UTC', anOfficer({ id: 'O-UTC', timeZone: 'UTC' })],
    ]);
    const result = checkCompliance({ policy: dutyTimePolicy, ledger, officers, range: { from: day('2026-01-10') } });
    expect(result.findings.map((f) => [f.officerId, f.ruleId, f.measured])).toEqual([['O-UTC', 'duty.max-length', 13]]);
  });

  it('uses the policy zone for an officer it does not know', () => {
    const ledger = ledgerOf(aShift('2026-01-09T10:00', '2026-01-09T23:00'));
    expect(checkCompliance({ policy: chicagoPolicy, ledger, range: { from: day('2026-01-10') } }).findings).toEqual([]);
    expect(checkCompliance({ policy: dutyTimePolicy, ledger, range: { from: day('2026-01-10') } }).findings.map((f) => f.ruleId)).toEqual(['duty.max-length']);
  });

  it('reports the same findings when a duty record is split into two records that touch', () => {
    const steps = arbitrarySchedule({ records: [1, 25], gap: [0, 24 * 4], length: [2, 18 * 4] });
    fc.assert(
      fc.property(steps, fc.nat(), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (schedule, pick, fraction) => {
        const records = scheduleFromSteps(at('2026-01-05T00:00Z'), schedule, 15);
        const index = pick % records.length;
        const whole = records[index]!;
        const quarters = (whole.end - whole.start) / (15 * MS_PER_MINUTE);
        const cut = instant(whole.start + Math.max(1, Math.min(quarters - 1, Math.round(quarters * fraction))) * 15 * MS_PER_MINUTE);
        const split = [...records.slice(0, index), { ...whole, end: cut }, { ...whole, start: cut }, ...records.slice(index + 1)];
        const view = (rs: DutyRecord[]) =>
          checkCompliance({ policy: dutyTimePolicy, ledger: new Map([['O-1', rs]]) }).findings.map((f) => ({ ...f, facts: { ...f.facts, records: 0 } }));
        expect(view(split)).toEqual(view(records));
      }),
    );
  });

  it('counts the records a duty period joins in the duty.max-length finding', () => {
    const ledger = ledgerOf(aShift('2026-01-05T06:00', '2026-01-05T18:00'), aShift('2026-01-05T18:00', '2026-01-05T22:30', { kind: 'overtime' }));
    const [finding] = checkCompliance({ policy: chicagoPolicy, ledger, rules: [dutyMaxLength, restMinBetweenDuties] }).findings;
    expect(finding).toMatchObject({ ruleId: 'duty.max-length', measured: 16.5, facts: { records: 2 } });
  });
});
