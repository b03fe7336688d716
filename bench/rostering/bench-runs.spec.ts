import { describe, expect, it } from 'vitest';
import { type BenchRow, rootLpNote, seedsOf, spreadOf, targets } from './bench-runs.ts';

function row(instance: number, seed: number, objective: number, bestKnown: number, published: number | null, hardViolations = 0): BenchRow {
  const gap = ((objective - bestKnown) / bestKnown) * 100;
  return {
    instance: `Instance${instance}`,
    seed,
    size: '28×30×4',
    objective,
    hardViolations,
    bestKnown,
    gapPercent: Math.round(gap * 100) / 100,
    published10min: published,
    published10minMethod: published === null ? null : 'a method',
    atOrBelowPublished: published === null ? null : hardViolations === 0 && objective <= published,
    steps: 1,
    mipSubproblems: 0,
    rootLp: '—',
  };
}

describe('the rostering benchmark over seeds', () => {
  it('reads --seed and --seeds, one of them, whole numbers without repeats', () => {
    expect(seedsOf(undefined, undefined)).toEqual([1]);
    expect(seedsOf('7', undefined)).toEqual([7]);
    expect(seedsOf(undefined, '1,2,3')).toEqual([1, 2, 3]);
    expect(() => seedsOf('1', '2,3')).toThrow('give --seed or --seeds, not both');
    expect(() => seedsOf(undefined, '1,1')).toThrow('must not repeat');
    expect(() => seedsOf(undefined, '1,x')).toThrow('--seeds takes whole numbers ≥ 1, got "x"');
    expect(() => seedsOf('0', undefined)).toThrow('--seed takes whole numbers ≥ 1, got "0"');
  });

  it('gives min, lower median and max of an instance’s objective and how many runs met each target', () => {
    // Instance8: best known 1300, published 1341; 1 % of the best known is 1313.
    const runs = [row(8, 1, 1410, 1300, 1341), row(8, 2, 1313, 1300, 1341), row(8, 3, 1318, 1300, 1341), row(8, 4, 1340, 1300, 1341, 2)];
    expect(spreadOf(runs)).toEqual({
      instance: 'Instance8',
      min: 1313,
      median: 1318,
      max: 1410,
      hardViolationRuns: 1,
      atOrBelowPublished: '2 of 4',
      within1Percent: '1 of 4',
    });
    expect(spreadOf([row(20, 1, 5668, 4769, null)]).atOrBelowPublished).toBeNull();
  });

  it('counts the targets of one seed’s runs: published results on 1–19, 1 % on 1–12, the gaps on 20–24', () => {
    const runs = [row(6, 1, 1952, 1950, 1950), row(9, 1, 439, 439, 439), row(15, 1, 4272, 3828, 4144), row(20, 1, 5668, 4769, null)];
    expect(targets(runs)).toEqual({
      feasibleAll: true,
      atOrBelowPublished1to19: '1 of 3',
      within1Percent1to12: '2 of 2',
      gaps20to24: { Instance20: 18.85 },
    });
    expect(targets([...runs, row(21, 1, 30000, 21133, null, 1)]).feasibleAll).toBe(false);
  });

  it('says what the columns thread’s root LP did: its value and time, or when it gave up', () => {
    expect(rootLpNote(undefined)).toBe('—');
    expect(rootLpNote({ converged: false, lpValue: NaN, rootSeconds: 0 })).toBe('—');
    expect(rootLpNote({ converged: true, lpValue: 4417.333333, rootSeconds: 5.94 })).toBe('4417.3 in 5.9 s');
    expect(rootLpNote({ converged: false, lpValue: 7222.97, rootSeconds: 25.56 })).toBe('gave up after 25.6 s');
  });
});
