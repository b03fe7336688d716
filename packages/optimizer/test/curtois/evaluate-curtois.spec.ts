import { describe, expect, it } from 'vitest';
import { evaluateCurtois, formatCurtoisSolution, parseCurtoisInstance, parseCurtoisSolution } from '../../src/index.ts';
import { loadInstance, modelOf, readSolution, solutionFiles } from './curtois-files.ts';

describe('parseCurtoisInstance', () => {
  it.each(Array.from({ length: 24 }, (_, i) => `Instance${i + 1}`))('reads %s completely', (name) => {
    const instance = loadInstance(name);
    expect(instance.horizon % 7).toBe(0);
    expect(instance.cover).toHaveLength(instance.horizon * instance.shifts.length);
    expect(instance.staff.every((e) => e.maxShifts.length === instance.shifts.length)).toBe(true);
  });

  it('matches the sizes the README tabulates for Instance24', () => {
    const instance = loadInstance('Instance24');
    expect([instance.horizon, instance.staff.length, instance.shifts.length, instance.onRequests.length, instance.offRequests.length]).toEqual([364, 150, 32, 9540, 4269]);
  });

  it('reports every problem of a broken file with its line', () => {
    const text = 'SECTION_HORIZON\n14\nSECTION_SHIFTS\nD,480,X\nSECTION_STAFF\nA,D=14,4320,3360,5,2,2\nSECTION_COVER\n0,D,3,100,1\n';
    const result = parseCurtoisInstance('broken', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((i) => i.line)).toEqual([4, 6]);
    expect(result.error[0]!.message).toBe('unknown shift "X"');
  });
});

describe('evaluateCurtois', () => {
  it.each(solutionFiles('solutions'))('finds %s feasible with the objective in its header', (file) => {
    const name = file.replace('.sol.txt', '');
    const text = readSolution('solutions', file);
    const roster = parseCurtoisSolution(loadInstance(name), text);
    expect(roster.ok).toBe(true);
    if (!roster.ok) return;
    const evaluation = evaluateCurtois(modelOf(name), roster.value);
    expect(evaluation.violations).toEqual([]);
    expect(evaluation.objective).toBe(Number(/# objective (\d+)/.exec(text)![1]));
  });

  it('breaks Instance1–4 down as the README does (under / over / on / off)', () => {
    const breakdown = (name: string) => {
      const roster = parseCurtoisSolution(loadInstance(name), readSolution('solutions', `${name}.sol.txt`));
      if (!roster.ok) throw new Error('unreadable');
      const ev = evaluateCurtois(modelOf(name), roster.value);
      return [ev.underCover / 100, ev.overCover, ev.requests];
    };
    // README: Instance1 6/0/4+3, Instance2 8/0/26+2, Instance3 10/0/1+0, Instance4 17/1/13+2.
    expect([breakdown('Instance1'), breakdown('Instance2'), breakdown('Instance3'), breakdown('Instance4')]).toEqual([
      [6, 0, 7],
      [8, 0, 28],
      [10, 0, 1],
      [17, 1, 15],
    ]);
  });

  it.each(solutionFiles('solutions/infeasible'))('flags exactly the one broken rule of %s', (file) => {
    const name = file.split('-')[0]!;
    const text = readSolution('solutions/infeasible', file);
    const expectedRule = /rule '(\w+)'/.exec(text)![1];
    const expectedEmployee = /evaluator detail \('(\w+)'/.exec(text)![1];
    const roster = parseCurtoisSolution(loadInstance(name), text);
    if (!roster.ok) throw new Error(JSON.stringify(roster.error));
    const evaluation = evaluateCurtois(modelOf(name), roster.value);
    expect(evaluation.feasible).toBe(false);
    expect(evaluation.violations.map((v) => [v.rule, loadInstance(name).staff[v.employee]!.id])).toEqual([[expectedRule, expectedEmployee]]);
    expect(evaluation.objective).toBe(Number(/scored anyway: (\d+)/.exec(text)![1]));
  });

  it('writes a solution that reads back to the same roster', () => {
    const instance = loadInstance('Instance3');
    const roster = parseCurtoisSolution(instance, readSolution('solutions', 'Instance3.sol.txt'));
    if (!roster.ok) throw new Error('unreadable');
    const again = parseCurtoisSolution(instance, formatCurtoisSolution(instance, roster.value, ['Instance3']));
    expect(again.ok && Array.from(again.value)).toEqual(Array.from(roster.value));
  });
});
