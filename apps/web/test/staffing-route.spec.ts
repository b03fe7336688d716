import { describe, expect, it } from 'vitest';
import { requirementsText } from '../src/features/staffing/operation-detail.tsx';
import { staffingHash, staffingViewFromHash } from '../src/features/staffing/staffing-route.ts';
import { isoToLocalInput, localInputToIso, windowHours, windowText } from '../src/features/staffing/operation-window.ts';

describe('the Operations page in the location hash', () => {
  it('round-trips the list, the form, an operation and one of its proposals', () => {
    for (const view of [{ kind: 'list' }, { kind: 'new' }, { kind: 'operation', operationId: 'OP 1/x' }, { kind: 'operation', operationId: 'OP-01', proposalId: 12 }] as const) {
      expect(staffingViewFromHash(staffingHash(view))).toEqual(view);
    }
    expect(staffingHash({ kind: 'operation', operationId: 'OP-01', proposalId: 12 })).toBe('#/staffing/OP-01/proposals/12');
    expect(staffingViewFromHash('#/staffing/OP-01/proposals/zero')).toEqual({ kind: 'operation', operationId: 'OP-01' });
    expect(staffingViewFromHash('#/roster')).toEqual({ kind: 'list' });
  });
});

describe("an operation's window in the unit's zone", () => {
  it('reads and writes wall-clock times across the fall-back night (one hour longer than the clock says)', () => {
    const start = localInputToIso('2026-11-01T00:00', 'America/Chicago');
    const end = localInputToIso('2026-11-01T06:00', 'America/Chicago');
    expect([start, end]).toEqual(['2026-11-01T05:00:00.000Z', '2026-11-01T12:00:00.000Z']);
    expect(windowHours(start!, end!)).toBe(7);
    expect(windowText(start!, end!, 'America/Chicago')).toBe('2026-11-01 00:00 – 06:00');
    expect(windowText('2026-03-12T23:00:00Z', '2026-03-13T09:00:00Z', 'America/Chicago')).toBe('2026-03-12 18:00 – 2026-03-13 04:00');
    expect(isoToLocalInput('2026-03-12T23:00:00Z', 'America/Chicago')).toBe('2026-03-12T18:00');
    expect(localInputToIso('2026-03-12', 'America/Chicago')).toBeUndefined();
  });

  it("lists a role's requirements from the policy and the operation together, once each", () => {
    expect(requirementsText(['first-aid', 'firearms'], ['firearms', 'high-risk-warrant'])).toBe('firearms, high-risk-warrant, first-aid');
    expect(requirementsText([], undefined)).toBe('no qualification required');
  });
});
