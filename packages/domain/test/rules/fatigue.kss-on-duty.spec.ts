import { describe, expect, it } from 'vitest';
import { aShift, local, verifyRule } from '@muster/testkit';
import type { Instant } from '@muster/kernel';
import { fatigueKssOnDuty } from '../../src/rules/fatigue.kss-on-duty.ts';

const peak = (facts: Readonly<Record<string, string | number>>) => local(Number(facts['peakAt']) as Instant);

describe('fatigue.kss-on-duty', () => {
  it('does not flag a day shift after a habitual night', () => {
    expect(verifyRule(fatigueKssOnDuty).given(aShift('2026-01-05T08:00', '2026-01-05T16:00')).brief).toEqual([]);
  });

  it('warns on a first night shift after a full day awake, naming the peak, the hours awake and the sleep assumed', () => {
    const verdict = verifyRule(fatigueKssOnDuty).given(aShift('2026-01-05T22:00', '2026-01-06T08:00'));
    expect(verdict.brief).toHaveLength(1);
    const [finding] = verdict.findings;
    expect(finding).toMatchObject({ level: 'warn', limit: 7, unit: 'KSS' });
    expect(finding!.measured).toBeGreaterThanOrEqual(7);
    expect(finding!.measured).toBeLessThan(8);
    expect(peak(finding!.facts)).toBe('2026-01-06 04:25');
    // Awake since the habitual 07:00 waking: 21 h 25 min at the peak.
    expect(finding!.facts['hoursAwake']).toBeCloseTo(21 + 25 / 60, 9);
    expect(finding!.facts['sleepRule']).toBe('habitual-night');
    expect(verdict.messages[0]).toContain('Assumed sleep before it: 2026-01-04 23:00 to 2026-01-05 07:00 (inferred, habitual-night)');
    expect(verdict.messages[0]).toContain('not a measurement of this officer');
  });

  it('blocks a sleepier duty only on a high or critical operation', () => {
    // A night, court the next morning (recovery sleep cut to one hour), then another night on an operation.
    const roster = [
      aShift('2026-01-05T22:00', '2026-01-06T08:00'),
      aShift('2026-01-06T10:00', '2026-01-06T14:00', { kind: 'court' }),
      aShift('2026-01-06T22:00', '2026-01-07T08:00', { operationId: 'OP-1', role: 'entry-team' }),
    ];
    const onHigh = verifyRule(fatigueKssOnDuty, { operationTiers: { 'OP-1': 'high' } })
      .given(roster)
      .findings.at(-1)!;
    expect(onHigh).toMatchObject({ level: 'block', limit: 8 });
    expect(onHigh.measured).toBeGreaterThanOrEqual(8);
    expect(onHigh.facts['tier']).toBe('high');
    const onElevated = verifyRule(fatigueKssOnDuty, { operationTiers: { 'OP-1': 'elevated' } })
      .given(roster)
      .findings.at(-1)!;
    expect(onElevated).toMatchObject({ level: 'warn', limit: 7, measured: onHigh.measured });
    const blockEverywhere = verifyRule(fatigueKssOnDuty, { operationTiers: { 'OP-1': 'elevated' }, settings: { blockTiers: ['elevated', 'high', 'critical'] } })
      .given(roster)
      .findings.at(-1)!;
    expect(blockEverywhere.level).toBe('block');
  });

  it('counts hours awake in elapsed time across the spring-forward night', () => {
    const [finding] = verifyRule(fatigueKssOnDuty).given(aShift('2026-03-07T22:00', '2026-03-08T08:00')).findings;
    expect(peak(finding!.facts)).toBe('2026-03-08 04:25');
    // 07:00 CST to 04:25 CDT is 20 h 25 min of elapsed time, one hour less than the clock shows.
    expect(finding!.facts['hoursAwake']).toBeCloseTo(20 + 25 / 60, 9);
  });

  it('uses logged sleep instead of inferred sleep: a long afternoon sleep removes the warning', () => {
    const night = aShift('2026-01-05T22:00', '2026-01-06T08:00');
    const sleepLog = [
      { start: night.start - 23 * 3_600_000, end: night.start - 15 * 3_600_000 },
      { start: night.start - 8 * 3_600_000, end: night.start - 2 * 3_600_000 },
    ] as { start: Instant; end: Instant }[];
    const rested = verifyRule(fatigueKssOnDuty, { sleepLog }).given(night);
    expect(rested.brief).toEqual([]);
  });

  it('follows the policy levels', () => {
    expect(verifyRule(fatigueKssOnDuty, { settings: { warn: 8 } }).given(aShift('2026-01-05T22:00', '2026-01-06T08:00')).brief).toEqual([]);
  });
});
