import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, DUTY_KINDS, type DutyRecord, type Finding, type Officer, checkCompliance } from '@muster/domain';
import { type DayNumber, MS_PER_DAY, MS_PER_HOUR, civilFromDays, daysFromCivil, daysInMonth, timeZone } from '@muster/kernel';
import { type DemoAgency, generateDemoAgency } from '../../src/demo/generate-demo-agency.ts';
import { HOT_SPOT_SHARES } from '../../src/demo/plant-hot-spots.ts';

// A Friday, twelve days after the spring-forward night (2026-03-08), so the history crosses it.
const TODAY = daysFromCivil(2026, 3, 20);
const OFFICERS = 600;

type Profile = 'veteran' | 'lateral' | 'recruit';
const profileOf = (officer: Officer, today: DayNumber): Profile => (officer.academyTrack === 'lateral' ? 'lateral' : officer.hireDate > today - 365 ? 'recruit' : 'veteran');

function ledgerOf(records: readonly DutyRecord[]): Map<string, DutyRecord[]> {
  const ledger = new Map<string, DutyRecord[]>();
  for (const record of records) {
    const list = ledger.get(record.officerId);
    if (list) list.push(record);
    else ledger.set(record.officerId, [record]);
  }
  return ledger;
}

/** Local hour (with fraction) and local day of an instant in the officer's zone. */
function localTime(officer: Officer, at: number): { day: DayNumber; hour: number } {
  const wall = timeZone(officer.timeZone).toWallClock(at as never);
  return { day: Math.floor(wall / MS_PER_DAY), hour: (wall % MS_PER_DAY) / MS_PER_HOUR };
}

const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};

describe('generateDemoAgency', () => {
  let agency: DemoAgency;
  let officers: Map<string, Officer>;
  beforeAll(() => {
    agency = generateDemoAgency({ seed: 20_260_320, today: TODAY });
    officers = new Map(agency.officers.map((officer) => [officer.id, officer]));
  });

  describe('determinism', () => {
    it('gives a deep-equal agency for the same options', () => {
      expect(generateDemoAgency({ seed: 20_260_320, today: TODAY })).toEqual(agency);
    });

    it('gives a different agency for a different seed', () => {
      const other = generateDemoAgency({ seed: 20_260_321, today: TODAY });
      expect(other.officers.map((o) => o.name)).not.toEqual(agency.officers.map((o) => o.name));
      expect(other.dutyRecords).not.toEqual(agency.dutyRecords);
    });
  });

  describe('units and officers', () => {
    it('has 3 field offices of 2 teams each, in their real zones', () => {
      expect(agency.units.map((u) => [u.id, u.name, u.fieldOffice, u.timeZone])).toEqual([
        ['chi-1', 'Chicago Team 1', 'Chicago', 'America/Chicago'],
        ['chi-2', 'Chicago Team 2', 'Chicago', 'America/Chicago'],
        ['elp-1', 'El Paso Team 1', 'El Paso', 'America/Denver'],
        ['elp-2', 'El Paso Team 2', 'El Paso', 'America/Denver'],
        ['nwk-1', 'Newark Team 1', 'Newark', 'America/New_York'],
        ['nwk-2', 'Newark Team 2', 'Newark', 'America/New_York'],
      ]);
    });

    it('spreads 600 officers evenly, 100 per unit, with ids O0001 … O0600 and the unit zone', () => {
      expect(agency.officers).toHaveLength(OFFICERS);
      expect(agency.officers.map((o) => o.id)).toEqual(Array.from({ length: OFFICERS }, (_, i) => `O${String(i + 1).padStart(4, '0')}`));
      expect(countBy(agency.officers, (o) => o.unit)).toEqual({ 'chi-1': 100, 'chi-2': 100, 'elp-1': 100, 'elp-2': 100, 'nwk-1': 100, 'nwk-2': 100 });
      const zoneOfUnit = new Map(agency.units.map((u) => [u.id, u.timeZone]));
      expect(agency.officers.filter((o) => o.timeZone !== zoneOfUnit.get(o.unit))).toEqual([]);
    });

    it('gives readable names, mostly distinct', () => {
      expect(agency.officers.every((o) => /^[A-Z][a-z]+ [A-Z][A-Za-z-]+$/.test(o.name))).toBe(true);
      expect(new Set(agency.officers.map((o) => o.name)).size).toBe(OFFICERS);
    });

    it('mixes 55–65 % veterans, 10–15 % laterals and 20–30 % recruits, every unit alike', () => {
      const shares = countBy(agency.officers, (o) => profileOf(o, TODAY));
      expect(shares['veteran']! / OFFICERS).toBeGreaterThanOrEqual(0.55);
      expect(shares['veteran']! / OFFICERS).toBeLessThanOrEqual(0.65);
      expect(shares['lateral']! / OFFICERS).toBeGreaterThanOrEqual(0.1);
      expect(shares['lateral']! / OFFICERS).toBeLessThanOrEqual(0.15);
      expect(shares['recruit']! / OFFICERS).toBeGreaterThanOrEqual(0.2);
      expect(shares['recruit']! / OFFICERS).toBeLessThanOrEqual(0.3);
      for (const unit of agency.units) {
        const recruits = agency.officers.filter((o) => o.unit === unit.id && profileOf(o, TODAY) === 'recruit').length;
        expect(recruits, unit.id).toBeGreaterThanOrEqual(27);
        expect(recruits, unit.id).toBeLessThanOrEqual(28);
      }
    });

    it('hires veterans years ago through the full academy, laterals with prior service, and a surge of abbreviated-academy recruits', () => {
      const byProfile = (profile: Profile) => agency.officers.filter((o) => profileOf(o, TODAY) === profile);
      expect(byProfile('veteran').every((o) => o.academyTrack === 'full' && o.hireDate <= TODAY - 2 * 365)).toBe(true);
      expect(byProfile('lateral').every((o) => o.priorLeYears >= 2 && o.hireDate < TODAY - 365)).toBe(true);
      const recruits = byProfile('recruit');
      expect(recruits.every((o) => o.rank === 'Officer Trainee' && o.priorLeYears === 0 && o.hireDate < TODAY)).toBe(true);
      const abbreviated = recruits.filter((o) => o.academyTrack === 'abbreviated').length;
      expect(abbreviated / recruits.length).toBeGreaterThan(0.4);
      expect(abbreviated / recruits.length).toBeLessThan(0.7);
    });
  });

  describe('duty records', () => {
    it('gives every record a known officer, a valid kind and an end after its start, sorted by officer then start', () => {
      expect(agency.dutyRecords.length).toBeGreaterThan(20_000);
      const bad = agency.dutyRecords.filter((r) => !officers.has(r.officerId) || !DUTY_KINDS.includes(r.kind) || !(r.end > r.start));
      expect(bad).toEqual([]);
      const unsorted = agency.dutyRecords.filter((r, i) => {
        const previous = agency.dutyRecords[i - 1];
        return previous !== undefined && (previous.officerId > r.officerId || (previous.officerId === r.officerId && previous.start > r.start));
      });
      expect(unsorted).toEqual([]);
    });

    it('holds overtime, training, court and on-call records besides regular shifts in the history', () => {
      const kinds = countBy(agency.dutyRecords, (r) => r.kind);
      expect(kinds['regular']).toBeGreaterThan(20_000);
      expect(kinds['overtime']).toBeGreaterThan(500);
      expect(kinds['training']).toBeGreaterThan(500);
      expect(kinds['court']).toBeGreaterThan(50);
      expect(kinds['on_call']).toBeGreaterThan(50);
    });

    it('publishes exactly 8 regular shifts per officer for the two future weeks, and nothing else', () => {
      const future = agency.dutyRecords.filter((r) => localTime(officers.get(r.officerId)!, r.start).day >= TODAY);
      expect(countBy(future, (r) => r.kind)).toEqual({ regular: OFFICERS * 8 });
      expect(new Set(Object.values(countBy(future, (r) => r.officerId)))).toEqual(new Set([8]));
      expect(future.every((r) => localTime(officers.get(r.officerId)!, r.start).day < TODAY + 14)).toBe(true);
    });

    it('starts regular shifts at 07:00, 13:00 or 21:00 local time, 10 h long except across a clock change', () => {
      const regular = agency.dutyRecords.filter((r) => r.kind === 'regular');
      expect(countBy(regular, (r) => String(localTime(officers.get(r.officerId)!, r.start).hour))).toEqual({
        '7': expect.any(Number),
        '13': expect.any(Number),
        '21': expect.any(Number),
      });
      const lengths = countBy(regular, (r) => String((r.end - r.start) / MS_PER_HOUR));
      expect(Object.keys(lengths).sort()).toEqual(['10', '9']);
    });

    it('makes the night shift across the spring-forward night 9 h long in Chicago, Denver and New York', () => {
      const springNights = agency.dutyRecords.filter((r) => {
        const { day, hour } = localTime(officers.get(r.officerId)!, r.start);
        return r.kind === 'regular' && day === daysFromCivil(2026, 3, 7) && hour === 21;
      });
      expect(new Set(springNights.map((r) => officers.get(r.officerId)!.timeZone))).toEqual(new Set(['America/Chicago', 'America/Denver', 'America/New_York']));
      expect(new Set(springNights.map((r) => (r.end - r.start) / MS_PER_HOUR))).toEqual(new Set([9]));
    });

    it('makes the night shift across the fall-back night 11 h long, and 10 h in Phoenix, which keeps standard time', () => {
      const autumn = generateDemoAgency({ seed: 3, today: daysFromCivil(2026, 11, 10), officers: 120, fieldOffices: 4, unitsPerOffice: 1 });
      const byId = new Map(autumn.officers.map((o) => [o.id, o]));
      const lengthByZone: Record<string, number[]> = {};
      for (const r of autumn.dutyRecords) {
        const officer = byId.get(r.officerId)!;
        const { day, hour } = localTime(officer, r.start);
        if (r.kind !== 'regular' || day !== daysFromCivil(2026, 10, 31) || hour !== 21) continue;
        (lengthByZone[officer.timeZone] ??= []).push((r.end - r.start) / MS_PER_HOUR);
      }
      expect(Object.fromEntries(Object.entries(lengthByZone).map(([zone, hours]) => [zone, [...new Set(hours)]]))).toEqual({
        'America/Chicago': [11],
        'America/Denver': [11],
        'America/New_York': [11],
        'America/Phoenix': [10],
      });
    });
  });

  describe('qualifications', () => {
    const catalogue = new Map(DEFAULT_POLICY.qualifications.map((q) => [q.id, q]));

    it('grants only catalogue qualifications, valid for exactly the catalogue months', () => {
      const wrong = agency.qualifications.filter((grant) => {
        const type = catalogue.get(grant.qualificationId);
        if (!type || !officers.has(grant.officerId)) return true;
        // Valid through `expires`: the next day is the issue date `validityMonths` later (clamped to the month's end).
        const issued = civilFromDays(grant.issued);
        const after = civilFromDays(grant.expires + 1);
        const months = after.year * 12 + after.month - (issued.year * 12 + issued.month);
        const sameDay = after.day === issued.day || (after.day < issued.day && after.day === daysInMonth(after.year, after.month));
        return months !== type.validityMonths || !sameDay || grant.issued > TODAY;
      });
      expect(wrong).toEqual([]);
    });

    it('lets some qualifications lapse and has at least 5 % of officers with one expiring within 30 days', () => {
      const expired = agency.qualifications.filter((q) => q.expires < TODAY);
      expect(expired.length).toBeGreaterThan(5);
      expect(expired.length).toBeLessThan(OFFICERS * 0.1);
      const expiringSoon = new Set(agency.qualifications.filter((q) => q.expires >= TODAY && q.expires <= TODAY + 30).map((q) => q.officerId));
      expect(expiringSoon.size).toBeGreaterThanOrEqual(OFFICERS * 0.05);
    });

    it('gives recruits firearms and first aid but no PIT, high-risk warrant service or field-training sign-off', () => {
      const recruitIds = new Set(agency.officers.filter((o) => profileOf(o, TODAY) === 'recruit').map((o) => o.id));
      const held = countBy(
        agency.qualifications.filter((q) => recruitIds.has(q.officerId)),
        (q) => q.qualificationId,
      );
      expect(held['pit']).toBeUndefined();
      expect(held['high-risk-warrant']).toBeUndefined();
      expect(held['fto-signoff']).toBeUndefined();
      expect(held['firearms']).toBe(recruitIds.size);
      expect(held['first-aid']).toBe(recruitIds.size);
    });

    it('gives veterans most of the catalogue and all a field-training sign-off', () => {
      const veteranIds = new Set(agency.officers.filter((o) => profileOf(o, TODAY) === 'veteran').map((o) => o.id));
      const grants = agency.qualifications.filter((q) => veteranIds.has(q.officerId));
      expect(countBy(grants, (q) => q.qualificationId)['fto-signoff']).toBe(veteranIds.size);
      expect(grants.length / veteranIds.size).toBeGreaterThan(6);
    });
  });

  describe('operations', () => {
    it('plans 3–5 operations within the next 14 days, 4–12 h each, on different days and tiers', () => {
      const { operations } = agency;
      expect(operations.length).toBeGreaterThanOrEqual(3);
      expect(operations.length).toBeLessThanOrEqual(5);
      const days = operations.map((op) => timeZone(op.timeZone!).localDayOf(op.start));
      expect(days.every((day) => day > TODAY && day <= TODAY + 14)).toBe(true);
      expect(new Set(days).size).toBe(operations.length);
      expect(operations.every((op) => op.end - op.start >= 4 * MS_PER_HOUR && op.end - op.start <= 12 * MS_PER_HOUR)).toBe(true);
      expect(new Set(operations.map((op) => op.riskTier)).size).toBe(Math.min(operations.length, 4));
      expect(operations.map((op) => op.id)).toEqual(operations.map((_, i) => `OP-0${i + 1}`));
      expect(operations.every((op) => / — /.test(op.name))).toBe(true);
    });

    it('requires for every role exactly the qualifications of the policy roles, with lead and driving flags', () => {
      const roles = agency.operations.flatMap((op) => op.roles);
      expect(roles.length).toBeGreaterThan(6);
      for (const role of roles) {
        expect(role.requiredQualifications, role.role).toEqual(DEFAULT_POLICY.roles[role.role]);
        expect(role.count, role.role).toBeGreaterThan(0);
        expect(role.lead === true, role.role).toBe(role.role === 'team-lead');
        expect(role.driving === true, role.role).toBe(role.role === 'driver' || role.role === 'pit-driver');
      }
    });

    it('spreads the risk tiers from low to critical over seeds', () => {
      const tiers = new Set([1, 2, 3, 4].flatMap((seed) => generateDemoAgency({ seed, today: TODAY, officers: 12 }).operations.map((op) => op.riskTier)));
      expect(tiers).toEqual(new Set(['low', 'elevated', 'high', 'critical']));
    });
  });

  describe('compliance with the default policy', () => {
    let findings: readonly Finding[];
    beforeAll(() => {
      findings = checkCompliance({ policy: DEFAULT_POLICY, ledger: ledgerOf(agency.dutyRecords), officers }).findings;
    });
    const count = (ruleId: string, level: 'warn' | 'block') => findings.filter((f) => f.ruleId === ruleId && f.level === level).length;
    const planted = (share: number) => Math.max(1, Math.round(OFFICERS * share));

    it('finds block and warn findings, while at least 80 % of officers have no block finding', () => {
      const blocked = new Set(findings.filter((f) => f.level === 'block').map((f) => f.officerId));
      expect(blocked.size).toBeGreaterThan(0);
      expect(findings.filter((f) => f.level === 'warn').length).toBeGreaterThan(100);
      expect(blocked.size).toBeLessThanOrEqual(OFFICERS * 0.2);
    });

    it('blocks only for the planted long days, short rests and cancelled days off', () => {
      expect(
        countBy(
          findings.filter((f) => f.level === 'block'),
          (f) => f.ruleId,
        ),
      ).toEqual({
        'duty.max-length': planted(HOT_SPOT_SHARES.longDayBlock),
        'rest.min-between-duties': planted(HOT_SPOT_SHARES.quickReturnBlock),
        'days-off.min-per-7-days': planted(HOT_SPOT_SHARES.cancelledDaysOff),
      });
    });

    it('flags each planted warn-level hot spot once per officer', () => {
      expect(count('duty.max-length', 'warn')).toBe(planted(HOT_SPOT_SHARES.longDayWarn));
      expect(count('rest.min-between-duties', 'warn')).toBe(planted(HOT_SPOT_SHARES.quickReturnWarn));
      expect(count('nights.max-consecutive', 'warn')).toBe(planted(HOT_SPOT_SHARES.extraNight));
      expect(count('days.max-consecutive-duty-days', 'warn')).toBe(planted(HOT_SPOT_SHARES.cancelledDaysOff));
      const longDays = findings.filter((f) => f.ruleId === 'duty.max-length');
      expect(longDays.every((f) => f.measured >= 14 && f.measured <= 17)).toBe(true);
      const nights = findings.filter((f) => f.ruleId === 'nights.max-consecutive');
      expect(nights.every((f) => f.measured === 5)).toBe(true);
    });

    it('puts officers over the 80 h monthly overtime warn level, but not over the 96 h block', () => {
      const overtime = findings.filter((f) => f.ruleId === 'overtime.max-monthly');
      expect(overtime).toHaveLength(planted(HOT_SPOT_SHARES.heavyOvertime));
      expect(overtime.every((f) => f.level === 'warn' && f.measured > 80 && f.measured <= 96)).toBe(true);
    });

    it('keeps most officers free of duty-time findings (fatigue predictions aside)', () => {
      const flagged = new Set(findings.filter((f) => !f.ruleId.startsWith('fatigue.')).map((f) => f.officerId));
      expect(flagged.size).toBeLessThan(OFFICERS * 0.15);
    });
  });

  describe('options', () => {
    it('adds Phoenix as a fourth office and more teams per office', () => {
      const bigger = generateDemoAgency({ seed: 1, today: TODAY, officers: 240, fieldOffices: 4, unitsPerOffice: 3 });
      expect(bigger.units.map((u) => u.id)).toEqual(['chi-1', 'chi-2', 'chi-3', 'elp-1', 'elp-2', 'elp-3', 'nwk-1', 'nwk-2', 'nwk-3', 'phx-1', 'phx-2', 'phx-3']);
      expect(Object.values(countBy(bigger.officers, (o) => o.unit))).toEqual(Array(12).fill(20));
    });

    it('covers only the weeks asked for', () => {
      const short = generateDemoAgency({ seed: 1, today: TODAY, officers: 30, historyWeeks: 1, futureWeeks: 1 });
      const days = short.dutyRecords.map(
        (r) =>
          localTime(
            short.officers.find((o) => o.id === r.officerId)!,
            r.start,
          ).day,
      );
      expect(Math.min(...days)).toBeGreaterThanOrEqual(TODAY - 7);
      expect(Math.max(...days)).toBeLessThan(TODAY + 7);
    });

    it('rejects a fifth field office with a hint', () => {
      expect(() => generateDemoAgency({ seed: 1, today: TODAY, fieldOffices: 5 })).toThrow(
        'Demo option fieldOffices must be a whole number from 1 to 4, got 5. Maybe leave it out to use 3?',
      );
    });

    it('generates 600 officers over 10 weeks well under a second', () => {
      generateDemoAgency({ seed: 9, today: TODAY });
      const started = performance.now();
      generateDemoAgency({ seed: 10, today: TODAY });
      expect(performance.now() - started).toBeLessThan(1000);
    });
  });
});
