import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, checkCompliance } from '@muster/domain';
import { timeZone } from '@muster/kernel';
import { aShift, at, day } from '@muster/testkit';
import { dashboardWeeks } from '../../src/dashboards/dashboard-weeks.ts';
import { exceedancesOverTime } from '../../src/dashboards/exceedances-over-time.ts';
import type { OverrideRecord } from '../../src/ports/override-store.ts';

const zone = timeZone('America/Chicago');
const from = day('2026-03-02');
const to = day('2026-03-15');
const weeks = dashboardWeeks(from, to);
const dayOf = (_officerId: string, t: number) => zone.localDayOf(t as never);

describe('exceedances and overrides per week', () => {
  const records = [
    // Week 1: a 13 h shift (duty.max-length warns above 12 h).
    aShift('2026-03-03T07:00', '2026-03-03T20:00', { officerId: 'A' }),
    // Week 2, after the spring-forward: a 17 h shift (blocks above 16 h) for A, a 13 h one for B.
    aShift('2026-03-10T07:00', '2026-03-11T00:00', { officerId: 'A' }),
    aShift('2026-03-12T07:00', '2026-03-12T20:00', { officerId: 'B' }),
  ];
  const ledger = new Map([
    ['A', records.filter((r) => r.officerId === 'A')],
    ['B', records.filter((r) => r.officerId === 'B')],
  ]);
  const { findings } = checkCompliance({ policy: DEFAULT_POLICY, ledger, range: { from, to } });
  const override = (id: number, created: string, revoked?: string): OverrideRecord => ({
    id,
    officerId: 'A',
    ruleId: 'duty.max-length',
    findingStart: at('2026-03-10T07:00'),
    findingEnd: at('2026-03-11T00:00'),
    reason: 'court order, no relief',
    expiresAt: at('2026-04-01T00:00'),
    approvedBy: 'sup',
    createdAt: at(created),
    ...(revoked === undefined ? {} : { revokedAt: at(revoked), revokedBy: 'sup' }),
  });

  it('counts each finding once, by level and rule, in the week it starts', () => {
    const maxLength = findings.filter((f) => f.ruleId === 'duty.max-length');
    expect(maxLength.map((f) => f.level)).toEqual(['warn', 'block', 'warn']);
    const result = exceedancesOverTime(maxLength, [], weeks, dayOf, () => false);
    expect(result.map((w) => [w.warn, w.block, w.overridden])).toEqual([
      [1, 0, 0],
      [1, 1, 0],
    ]);
    expect(result[1]!.byRule).toEqual([{ ruleId: 'duty.max-length', warn: 1, block: 1 }]);
  });

  it('counts overrides by the week granted and the week revoked, and marks overridden blocks', () => {
    const maxLength = findings.filter((f) => f.ruleId === 'duty.max-length');
    const result = exceedancesOverTime(
      maxLength,
      [override(1, '2026-03-10T06:00', '2026-03-14T12:00'), override(2, '2026-03-15T23:30'), override(3, '2026-03-16T00:30'), override(4, '2026-02-20T10:00', '2026-03-02T00:10')],
      weeks,
      dayOf,
      (f) => f.level === 'block',
    );
    expect(result.map((w) => [w.overridesGranted, w.overridesRevoked, w.overridden])).toEqual([
      [0, 1, 0],
      [2, 1, 1],
    ]);
  });

  it('puts a finding that began before the range in the first week', () => {
    const early = { ...findings[0]!, start: at('2026-02-27T07:00') };
    expect(exceedancesOverTime([early], [], weeks, dayOf, () => false).map((w) => w.warn + w.block)).toEqual([1, 0]);
  });
});
