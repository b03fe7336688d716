import { describe, expect, it } from 'vitest';
import { aShift, local, verifyRule } from '@muster/testkit';
import type { Instant } from '@muster/kernel';
import { fatigueLapsesOnDuty } from '../../src/rules/fatigue.lapses-on-duty.ts';

describe('fatigue.lapses-on-duty', () => {
  const run = [aShift('2026-01-05T22:00', '2026-01-06T08:00'), aShift('2026-01-06T22:00', '2026-01-07T08:00'), aShift('2026-01-07T22:00', '2026-01-08T08:00')];

  it('warns on the first night after a full day awake but not on the nights after day sleep', () => {
    const verdict = verifyRule(fatigueLapsesOnDuty).given(run);
    expect(verdict.brief.map((f) => [f.level, f.limit, f.from])).toEqual([['warn', 12, '2026-01-05 22:00']]);
    expect(verdict.findings[0]!.measured).toBeGreaterThanOrEqual(12);
    expect(local(Number(verdict.findings[0]!.facts['peakAt']) as Instant)).toMatch(/^2026-01-06 04:/);
    expect(verdict.messages[0]).toMatch(/Predicted attention lapses peak at \d+(\.\d)? PVT lapses at 2026-01-06 04:\d\d; 12 or more is a warn/);
  });

  it('flags every night when the agency sets a lower level', () => {
    expect(verifyRule(fatigueLapsesOnDuty, { settings: { warn: 9 } }).given(run).brief).toHaveLength(3);
  });

  it('does not flag a rested day shift (the model predicts about zero lapses)', () => {
    expect(verifyRule(fatigueLapsesOnDuty, { settings: { warn: 1 } }).given(aShift('2026-01-05T09:00', '2026-01-05T17:00')).brief).toEqual([]);
  });
});
