import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MS_PER_HOUR, instant } from '@muster/kernel';
import type { DutyRecord, Finding, Policy } from '../../src/index.ts';
import { DEFAULT_POLICY, checkCompliance } from '../../src/index.ts';

const brief = (findings: readonly Finding[]) => findings.map((f) => `${f.ruleId} ${f.level} ${f.start} ${f.end} ${f.measured}`);

/** A roster of back-to-back duties from (gap, length) steps in hours: days, evenings, nights, doubles. */
function roster(base: number, steps: readonly (readonly [number, number])[]): DutyRecord[] {
  const records: DutyRecord[] = [];
  let cursor = base;
  for (const [gap, length] of steps) {
    const start = cursor + gap * MS_PER_HOUR;
    cursor = start + length * MS_PER_HOUR;
    records.push({ officerId: 'O-1', start: instant(start), end: instant(cursor), kind: 'regular' });
  }
  return records;
}

describe('fatigue screening', () => {
  it('never changes a finding: screened and fully evaluated checks agree on any roster and thresholds', () => {
    const step = fc.tuple(fc.integer({ min: 6, max: 40 }), fc.integer({ min: 2, max: 16 }));
    fc.assert(
      fc.property(
        fc.constantFrom('America/Chicago', 'Europe/London', 'UTC', 'Australia/Lord_Howe'),
        fc.constantFrom(Date.UTC(2026, 2, 1, 12), Date.UTC(2026, 9, 26, 12), Date.UTC(2026, 6, 1, 12)),
        fc.array(step, { minLength: 1, maxLength: 30 }),
        fc.double({ min: 3, max: 9, noNaN: true }),
        fc.double({ min: 0, max: 15, noNaN: true }),
        (zone, base, steps, kssWarn, lapsesWarn) => {
          const policy: Policy = {
            ...DEFAULT_POLICY,
            timeZone: zone,
            rules: {
              ...DEFAULT_POLICY.rules,
              'fatigue.kss-on-duty': { ...DEFAULT_POLICY.rules['fatigue.kss-on-duty']!, warn: kssWarn, block: null },
              'fatigue.lapses-on-duty': { ...DEFAULT_POLICY.rules['fatigue.lapses-on-duty']!, warn: lapsesWarn },
            },
          };
          const ledger = new Map([['O-1', roster(base, steps)]]);
          const screened = checkCompliance({ policy, ledger });
          const full = checkCompliance({ policy, ledger, screenFatigue: false });
          expect(brief(screened.findings)).toEqual(brief(full.findings));
        },
      ),
      { numRuns: 200 },
    );
  });
});
