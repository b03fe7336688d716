import { describe, expect, it } from 'vitest';
import { aShift, verifyRule } from '@muster/testkit';
import { dutyMaxLength } from '../../src/rules/duty.max-length.ts';

describe('duty.max-length', () => {
  it('accepts a 12 h shift (the warn limit is "more than 12 h")', () => {
    expect(verifyRule(dutyMaxLength).given(aShift('2026-01-05T07:00', '2026-01-05T19:00')).brief).toEqual([]);
  });

  it('warns on a 12.5 h duty and blocks a 16.5 h duty', () => {
    const verdict = verifyRule(dutyMaxLength).given(aShift('2026-01-05T06:00', '2026-01-05T18:30'), aShift('2026-01-07T06:00', '2026-01-07T22:30'));
    expect(verdict.brief).toEqual([
      { level: 'warn', measured: 12.5, limit: 12, from: '2026-01-05 06:00', to: '2026-01-05 18:30' },
      { level: 'block', measured: 16.5, limit: 16, from: '2026-01-07 06:00', to: '2026-01-07 22:30' },
    ]);
  });

  it('joins a shift and the holdover that follows it into one duty period', () => {
    const verdict = verifyRule(dutyMaxLength).given(aShift('2026-01-05T06:00', '2026-01-05T18:00'), aShift('2026-01-05T18:00', '2026-01-05T22:30', { kind: 'overtime' }));
    expect(verdict.brief).toEqual([{ level: 'block', measured: 16.5, limit: 16, from: '2026-01-05 06:00', to: '2026-01-05 22:30' }]);
    expect(verdict.messages[0]).toContain('joins 2 records');
  });

  it('does not count on-call time as duty', () => {
    expect(verifyRule(dutyMaxLength).given(aShift('2026-01-05T06:00', '2026-01-05T18:00'), aShift('2026-01-05T18:00', '2026-01-06T06:00', { kind: 'on_call' })).brief).toEqual([]);
  });

  it('measures the fall-back night as the 13 h it really lasts (12 h on the clock)', () => {
    const verdict = verifyRule(dutyMaxLength).given(aShift('2026-10-31T19:00', '2026-11-01T07:00'));
    expect(verdict.brief).toEqual([{ level: 'warn', measured: 13, limit: 12, from: '2026-10-31 19:00', to: '2026-11-01 07:00' }]);
  });

  it('measures the spring-forward night as 11 h, inside the limit (12 h on the clock)', () => {
    expect(verifyRule(dutyMaxLength).given(aShift('2026-03-07T19:00', '2026-03-08T07:00')).brief).toEqual([]);
  });

  it('follows the policy thresholds', () => {
    const verdict = verifyRule(dutyMaxLength, { settings: { warn: 10, block: 14 } }).given(aShift('2026-01-05T07:00', '2026-01-05T18:00'));
    expect(verdict.brief.map((f) => [f.level, f.limit])).toEqual([['warn', 10]]);
  });
});
