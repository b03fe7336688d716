import { describe, expect, it } from 'vitest';
import { timeZone } from '@muster/kernel';
import { inferSleep } from '../../src/index.ts';
import { scenarios } from './reference-data.ts';

describe('sleep inference on the reference scenarios', () => {
  it.each(scenarios().map((s) => [s.name, s] as const))('infers exactly the sleep of %s from its duties alone', (_name, scenario) => {
    const inferred = inferSleep(scenario.duties, timeZone('UTC'), scenario.start, scenario.end);
    // The series starts asleep at 00:00, the tail of a night that began at 23:00 the evening before.
    const clipped = inferred.map((s) => ({ start: Math.max(s.start, scenario.start), end: s.end }));
    expect(clipped).toEqual(scenario.sleep.map((s) => ({ start: s.start, end: s.end })));
    expect(new Set(inferred.map((s) => s.source))).toEqual(new Set(['inferred']));
  });
});
