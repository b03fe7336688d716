import { describe, expect, it } from 'vitest';
import { TPM_DEFAULTS } from '@muster/fatigue';
import { DEFAULT_POLICY, parsePolicy } from '../../src/index.ts';

describe('the fatigue section of a policy', () => {
  it('overrides only the keys it names and keeps every other default', () => {
    const result = parsePolicy('fatigue:\n  epochMinutes: 10\n  sleep:\n    commuteMinutes: 45\n  tpm:\n    Wc: -4\n  riskIndex:\n    quickReturnFactor: 1.25\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { fatigue } = result.value;
    expect(fatigue.epochMinutes).toBe(10);
    expect(fatigue.sleep).toEqual({ ...DEFAULT_POLICY.fatigue.sleep, commuteMinutes: 45 });
    expect(fatigue.tpm).toEqual({ ...TPM_DEFAULTS, Wc: -4 });
    expect(fatigue.riskIndex.quickReturnFactor).toBe(1.25);
    expect(fatigue.riskIndex.shiftLengthFactors).toEqual(DEFAULT_POLICY.fatigue.riskIndex.shiftLengthFactors);
  });

  it('names the key and line of a value the engine cannot use', () => {
    const result = parsePolicy('fatigue:\n  sleep:\n    habitualSleepStart: "25:00"\n  unified:\n    tau_s: 97.44\n  tpm:\n    d: 0.1\n');
    expect(result.ok ? [] : result.error.map((i) => [i.key, i.line])).toEqual([
      ['fatigue.sleep.habitualSleepStart', 3],
      ['fatigue.tpm.d', 7],
      ['fatigue.unified.tau_la', 4], // not in the file: the nearest key that is, `unified:`
    ]);
  });

  it('rejects an unknown parameter and a value of the wrong type', () => {
    const result = parsePolicy('fatigue:\n  tpm:\n    Wcc: -4\n  sleep:\n    preNightNap: yes please\n');
    expect(result.ok ? [] : result.error.map((i) => [i.code, i.key])).toEqual([
      ['policy.unknown-key', 'fatigue.tpm.Wcc'],
      ['policy.invalid', 'fatigue.sleep.preNightNap'],
    ]);
  });
});
