import { describe, expect, it } from 'vitest';
import type { DutyRecord } from '@muster/domain';
import { type Instant, daysFromCivil, timeZone } from '@muster/kernel';
import { localInstant } from '../../src/demo/local-instant.ts';
import { OfficerLedger } from '../../src/demo/officer-ledger.ts';
import { ROUTINE_LIMITS } from '../../src/demo/schedule-limits.ts';

const chicago = timeZone('America/Chicago');
const monday = daysFromCivil(2026, 1, 5);
const at = (day: number, hour: number): Instant => localInstant(chicago, day, hour * 60);

/** A ledger with 10-h day shifts (07:00–17:00) on the given days after Monday 2026-01-05. */
function ledgerWithDays(...offsets: number[]): OfficerLedger {
  const ledger = new OfficerLedger('O0001', chicago);
  for (const offset of offsets) ledger.add({ officerId: 'O0001', start: at(monday + offset, 7), end: at(monday + offset, 17), kind: 'regular' } satisfies DutyRecord);
  return ledger;
}

describe('OfficerLedger', () => {
  it('keeps records sorted by start whatever the order they are added in', () => {
    const ledger = ledgerWithDays(3, 0, 2, 1);
    expect(ledger.records.map((r) => chicago.localDayOf(r.start) - monday)).toEqual([0, 1, 2, 3]);
  });

  it('accepts an overtime detail 12 h after a shift, and rejects one 11 h after it', () => {
    const ledger = ledgerWithDays(0);
    expect(ledger.fits(at(monday + 1, 5), at(monday + 1, 13), ROUTINE_LIMITS)).toBe(true);
    expect(ledger.fits(at(monday + 1, 4), at(monday + 1, 12), ROUTINE_LIMITS)).toBe(false);
  });

  it('rejects a detail that puts more than 40 h into the 96 h from the first shift of a 4-day block', () => {
    const ledger = ledgerWithDays(0, 1, 2, 3);
    // Friday 05:00 leaves 12 h rest but adds 2 h to the window Monday 07:00 – Friday 07:00.
    expect(ledger.fits(at(monday + 4, 5), at(monday + 4, 13), ROUTINE_LIMITS)).toBe(false);
    expect(ledger.fits(at(monday + 4, 7), at(monday + 4, 15), ROUTINE_LIMITS)).toBe(true);
  });

  it('counts a holdover that touches a shift into its duty period: 2 h fits 12 h, 2.5 h does not', () => {
    const ledger = ledgerWithDays(0);
    expect(ledger.fits(at(monday, 17), at(monday, 19), ROUTINE_LIMITS)).toBe(true);
    expect(ledger.fits(at(monday, 17), at(monday, 19.5), ROUTINE_LIMITS)).toBe(false);
  });

  it('rejects the duty that would make a 7th local day in a row without a day off', () => {
    const ledger = ledgerWithDays(0, 1, 2, 3, 4);
    expect(ledger.fits(at(monday + 5, 9), at(monday + 5, 13), ROUTINE_LIMITS)).toBe(true);
    ledger.add({ officerId: 'O0001', start: at(monday + 5, 9), end: at(monday + 5, 13), kind: 'overtime' });
    expect(ledger.fits(at(monday + 6, 9), at(monday + 6, 13), ROUTINE_LIMITS)).toBe(false);
  });

  it('does not count on-call time as duty', () => {
    const ledger = ledgerWithDays(0, 1, 2, 3, 4, 5);
    ledger.add({ officerId: 'O0001', start: at(monday + 6, 8), end: at(monday + 6, 20), kind: 'on_call' });
    expect(ledger.records).toHaveLength(7);
    expect(ledger.fits(at(monday + 8, 9), at(monday + 8, 13), ROUTINE_LIMITS)).toBe(true);
  });

  it('rejects a duty that brings 7 days over 58 h', () => {
    const ledger = ledgerWithDays(0, 1, 2, 3);
    ledger.add({ officerId: 'O0001', start: at(monday + 4, 7), end: at(monday + 4, 15), kind: 'overtime' });
    expect(ledger.fits(at(monday + 5, 7), at(monday + 5, 17), ROUTINE_LIMITS)).toBe(true);
    expect(ledger.fits(at(monday + 5, 7), at(monday + 5, 18), ROUTINE_LIMITS)).toBe(false);
  });
});
