import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, DUTY_KINDS, type DutyRecord, type Officer, type OfficerQualification, coveredMs, isDutyKind } from '@muster/domain';
import { type DayNumber, formatDay, instant } from '@muster/kernel';
import { aQualification, anOfficer } from '@muster/testkit';
import { dutyHoursAndBusy, overtimeHoursBetween } from '../../src/staffing/agency-index.ts';
import { buildStaffingIndex, coversWindow } from '../../src/staffing/staffing-index.ts';

const civil = (day: number): string => formatDay(day as DayNumber);

const HOUR = 3_600_000;
const BASE = Date.UTC(2026, 0, 5);

// Records of a few officers over three weeks: any kind, 1–30 h long, overlapping or touching at times.
const recordArb = fc.record({ startH: fc.integer({ min: 0, max: 21 * 24 }), lengthH: fc.integer({ min: 1, max: 30 }), kind: fc.constantFrom(...DUTY_KINDS) });
const agencyArb = fc.array(fc.array(recordArb, { maxLength: 12 }), { minLength: 1, maxLength: 6 });
const windowArb = fc.record({ fromH: fc.integer({ min: -48, max: 23 * 24 }), lengthH: fc.integer({ min: 1, max: 10 * 24 }) });

describe('agency index', () => {
  it('gives every officer the hours, availability and overtime a direct look at their own records gives', () => {
    fc.assert(
      fc.property(agencyArb, windowArb, windowArb, (people, hoursWindow, busyWindow) => {
        const officers = new Map<string, Officer>();
        const ledger = new Map<string, DutyRecord[]>();
        people.forEach((records, i) => {
          const id = `O${i}`;
          officers.set(id, anOfficer({ id }));
          ledger.set(
            id,
            records
              .map((r) => ({ officerId: id, start: instant(BASE + r.startH * HOUR), end: instant(BASE + (r.startH + r.lengthH) * HOUR), kind: r.kind }))
              .sort((a, b) => a.start - b.start),
          );
        });
        const index = buildStaffingIndex(officers, ledger, new Map(), DEFAULT_POLICY);
        const n = index.officers.length;
        const from = BASE + hoursWindow.fromH * HOUR;
        const to = from + hoursWindow.lengthH * HOUR;
        const busyFrom = BASE + busyWindow.fromH * HOUR;
        const busyTo = busyFrom + busyWindow.lengthH * HOUR;
        const hours = new Float64Array(n);
        const busy = new Int32Array(n);
        const overtime = new Float64Array(n);
        dutyHoursAndBusy(index.agency, from, to, busyFrom, busyTo, hours, busy);
        overtimeHoursBetween(index.agency, from, to, overtime);
        index.officers.forEach((entry, o) => {
          const duty = entry.records.filter((r) => isDutyKind(r.kind));
          // Hours of the union of duty records inside the window, hour by hour (records are whole hours).
          let expectedHours = 0;
          for (let t = from; t < to; t += HOUR) if (duty.some((r) => r.start <= t && r.end > t)) expectedHours++;
          expect(hours[o]).toBe(expectedHours);
          expect(busy[o]! > 0).toBe(duty.some((r) => r.start < busyTo && r.end > busyFrom));
          const expectedOvertime = entry.records.filter((r) => r.kind === 'overtime' && r.start >= from && r.start < to).reduce((h, r) => h + (r.end - r.start) / HOUR, 0);
          expect(overtime[o]).toBeCloseTo(expectedOvertime, 9);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('handles an agency without records', () => {
    const index = buildStaffingIndex(new Map([['A', anOfficer({ id: 'A' })]]), new Map(), new Map(), DEFAULT_POLICY);
    const hours = new Float64Array(1).fill(5);
    const busy = new Int32Array(1).fill(1);
    dutyHoursAndBusy(index.agency, BASE, BASE + HOUR, BASE, BASE + HOUR, hours, busy);
    expect([hours[0], busy[0]]).toEqual([0, 0]);
  });
});

describe('qualification blocks', () => {
  it('cover a window exactly when the grants do (coveredMs, the rule’s definition)', () => {
    const grantArb = fc.record({ issuedDay: fc.integer({ min: 0, max: 60 }), days: fc.integer({ min: 0, max: 30 }) });
    fc.assert(
      fc.property(fc.array(fc.array(grantArb, { maxLength: 5 }), { minLength: 1, maxLength: 5 }), windowArb, (people, window) => {
        const officers = new Map<string, Officer>();
        const qualifications = new Map<string, OfficerQualification[]>();
        people.forEach((grants, i) => {
          const id = `O${i}`;
          officers.set(id, anOfficer({ id }));
          qualifications.set(
            id,
            grants.map((g) => aQualification('pit', civil(20_458 + g.issuedDay), civil(20_458 + g.issuedDay + g.days), id)),
          );
        });
        const index = buildStaffingIndex(officers, new Map(), qualifications, DEFAULT_POLICY);
        const from = BASE + window.fromH * HOUR;
        const to = from + window.lengthH * HOUR;
        const blocks = index.validity.get('pit');
        index.officers.forEach((entry, o) => {
          const byGrants = coveredMs(entry.validity.get('pit') ?? [], from, to) === to - from;
          expect(blocks !== undefined && coversWindow(blocks, o, from, to)).toBe(byGrants);
        });
      }),
      { numRuns: 500 },
    );
  });
});
