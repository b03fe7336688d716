import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Instant, MS_PER_HOUR, instant, timeZone } from '@muster/kernel';
import { evaluateDuties, predictDutyFatigue, predictFatigue, preparePrediction, summarizeDuties } from '../src/index.ts';

const HOUR = MS_PER_HOUR;

/** Duty periods from (gap before, length) steps in hours, from a base instant. */
function duties(base: number, steps: readonly (readonly [number, number])[]): { start: Instant; end: Instant }[] {
  const out: { start: Instant; end: Instant }[] = [];
  let cursor = base;
  for (const [gap, length] of steps) {
    const start = cursor + gap * HOUR;
    cursor = start + length * HOUR;
    out.push({ start: instant(start), end: instant(cursor) });
  }
  return out;
}

describe('evaluateDuties', () => {
  it('equals the full-grid duty summaries for any roster, across both daylight-saving changes', () => {
    const bases = [Date.UTC(2026, 2, 1, 13), Date.UTC(2026, 9, 25, 13), Date.UTC(2026, 5, 1, 13)];
    const step = fc.tuple(fc.integer({ min: 4, max: 40 }), fc.integer({ min: 1, max: 16 }));
    fc.assert(
      fc.property(
        fc.constantFrom(...bases),
        fc.constantFrom('America/Chicago', 'Europe/London', 'UTC'),
        fc.array(step, { minLength: 1, maxLength: 25 }),
        (base, zoneName, steps) => {
          const zone = timeZone(zoneName);
          const list = duties(base, steps);
          const input = { duties: list, zone, from: list[0]!.start, to: instant(list[list.length - 1]!.end + 2 * HOUR) };
          const full = summarizeDuties(predictFatigue(input), list);
          const fast = predictDutyFatigue(input);
          fast.forEach((f, i) => {
            const g = full[i]!;
            expect(f.awakeEpochsOnDuty).toBe(g.awakeEpochsOnDuty);
            expect(f.maxKssAt).toBe(g.maxKssAt);
            expect(f.maxLapsesAt).toBe(g.maxLapsesAt);
            for (const key of ['maxKss', 'minAlertness', 'meanKss', 'maxLapses', 'meanLapses', 'hoursAwakeAtEnd', 'hoursAwakeAtMaxKss'] as const) {
              if (Number.isNaN(g[key])) expect(f[key], key).toBeNaN();
              else expect(Math.abs(f[key] - g[key]), key).toBeLessThanOrEqual(1e-9);
            }
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('skips epochs on which logged sleep says the officer slept', () => {
    const zone = timeZone('UTC');
    const list = duties(Date.UTC(2026, 0, 5, 8), [[0, 8]]);
    const input = {
      duties: list,
      zone,
      from: list[0]!.start,
      to: list[0]!.end,
      loggedSleep: [{ start: instant(Date.UTC(2026, 0, 5, 12)), end: instant(Date.UTC(2026, 0, 5, 13)) }],
    };
    const prepared = preparePrediction(input);
    const [summary] = evaluateDuties({ ...prepared, epochMinutes: 5, zone, tpm: prepared.params.tpm, unified: prepared.params.unified }, list);
    expect(summary!.epochsOnDuty).toBe(96);
    expect(summary!.awakeEpochsOnDuty).toBe(84);
  });
});
