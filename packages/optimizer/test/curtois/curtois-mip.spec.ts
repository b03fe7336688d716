import { SeededRng } from '@muster/kernel';
import { describe, expect, it } from 'vitest';
import { loadHighsSolver } from '../../mip/highs-mip-solver.ts';
import { CurtoisProblem, curtoisSubproblem, evaluateCurtois, improveWithMip, parseCurtoisSolution, solve } from '../../src/index.ts';
import { loadInstance, modelOf, readSolution, solutionFiles } from './curtois-files.ts';
import { broken, objectiveOf } from './mip-check.ts';

function rosterOf(folder: 'solutions' | 'solutions/infeasible', file: string): { name: string; roster: Int16Array } {
  const name = /^(Instance\d+)/.exec(file)![1]!;
  const parsed = parseCurtoisSolution(loadInstance(name), readSolution(folder, file));
  if (!parsed.ok) throw new Error(`${file} unreadable`);
  return { name, roster: parsed.value };
}

describe('curtoisSubproblem', () => {
  it.each(solutionFiles('solutions'))('holds %s (every cell free) as a feasible point whose objective is the evaluator’s', (file) => {
    const { name, roster } = rosterOf('solutions', file);
    const model = modelOf(name);
    const sub = curtoisSubproblem(model, roster, new Uint8Array(roster.length).fill(1));
    expect(broken(sub.mip, sub.start)).toEqual([]);
    expect(objectiveOf(sub.mip, sub.start)).toBeCloseTo(evaluateCurtois(model, roster).objective, 9);
  });

  it('keeps both properties for random sets of free cells (Instance4 and Instance5 solutions)', () => {
    const rng = new SeededRng(11);
    for (const file of ['Instance4.sol.txt', 'Instance5.sol.txt']) {
      const { name, roster } = rosterOf('solutions', file);
      const model = modelOf(name);
      const expected = evaluateCurtois(model, roster).objective;
      for (let trial = 0; trial < 20; trial++) {
        const share = rng.next();
        const free = Uint8Array.from(roster, () => (rng.next() < share ? 1 : 0));
        const sub = curtoisSubproblem(model, roster, free);
        expect(broken(sub.mip, sub.start)).toEqual([]);
        expect(objectiveOf(sub.mip, sub.start)).toBeCloseTo(expected, 9);
        const copy = new Int16Array(roster.length).fill(-2);
        sub.apply(sub.start, copy);
        roster.forEach((value, cell) => expect(copy[cell]).toBe(free[cell] === 1 ? value : -2));
      }
    }
  });

  it.each(solutionFiles('solutions/infeasible'))('finds the broken rule of %s: its roster is not a feasible point', (file) => {
    const { name, roster } = rosterOf('solutions/infeasible', file);
    const model = modelOf(name);
    const violation = evaluateCurtois(model, roster).violations[0]!;
    // Free only the offending employee's row: the rows built for it must reject the roster.
    const free = new Uint8Array(roster.length);
    free.fill(1, violation.employee * model.H, (violation.employee + 1) * model.H);
    const sub = curtoisSubproblem(model, roster, free);
    // Either a row rejects it, or the roster is not even a point of the programme (a day off or a
    // shift type with MaxShifts 0 has no column, so the start cannot reproduce it).
    const reproduced = Int16Array.from(roster);
    sub.apply(sub.start, reproduced);
    const representable = reproduced.every((value, cell) => value === roster[cell]);
    expect(broken(sub.mip, sub.start).length > 0 || !representable).toBe(true);
    expect(broken(sub.mip, sub.start).length > 0).toBe(representable);
  });
});

describe('HiGHS on Curtois subproblems', () => {
  it('solves Instance1 whole to its proven optimum 607, which the evaluator confirms', async () => {
    const solver = await loadHighsSolver();
    const model = modelOf('Instance1');
    const roster = new Int16Array(model.E * model.H).fill(-1);
    const sub = curtoisSubproblem(model, roster, new Uint8Array(roster.length).fill(1));
    const result = solver.solve(sub.mip, { timeLimitSeconds: 60 });
    expect(result.status).toBe('optimal');
    expect(result.objective).toBeCloseTo(607, 6);
    sub.apply(result.values!, roster);
    const evaluation = evaluateCurtois(model, roster);
    expect(evaluation.feasible).toBe(true);
    expect(evaluation.objective).toBe(607);
  });

  it('improveWithMip keeps a roster feasible and never makes it worse; it leaves an infeasible one alone', async () => {
    const solver = await loadHighsSolver();
    const model = modelOf('Instance4');
    const problem = new CurtoisProblem(model);
    solve(problem, { rng: new SeededRng(3), clock: { now: () => 0 as never }, stepLimit: 3_000 });
    const roster = Int16Array.from(problem.roster);
    const before = evaluateCurtois(model, roster);
    expect(before.feasible).toBe(true);
    const improvements: number[] = [];
    const result = improveWithMip(model, roster, solver, {
      rng: new SeededRng(5),
      clock: { now: () => performance.now() as never },
      deadline: performance.now() + 4_000,
      onImprove: (objective) => improvements.push(objective),
    });
    const after = evaluateCurtois(model, roster);
    expect(after.feasible).toBe(true);
    expect(after.objective).toBe(result.objective);
    expect(after.objective).toBeLessThanOrEqual(before.objective);
    expect(result.subproblems).toBeGreaterThan(0);
    expect(improvements).toEqual([...improvements].sort((a, b) => b - a));

    const { roster: infeasible } = rosterOf('solutions/infeasible', 'Instance4-dayoff.sol.txt');
    const copy = Int16Array.from(infeasible);
    const untouched = improveWithMip(model, copy, solver, { rng: new SeededRng(1), clock: { now: () => performance.now() as never }, deadline: performance.now() + 1_000 });
    expect(untouched.subproblems).toBe(0);
    expect(copy).toEqual(infeasible);
  }, 20_000);

  it('improveWithMip frees the cells where the roster departs from an LP guide, and with the optimum as the guide reaches it (Instance4: 1716)', async () => {
    const solver = await loadHighsSolver();
    const model = modelOf('Instance4');
    const { E, H, S } = model;
    const { roster: optimum } = rosterOf('solutions', 'Instance4.sol.txt');
    expect(evaluateCurtois(model, optimum).objective).toBe(1716);
    // The guide: all weight on the optimum's value in every cell (an integral LP solution).
    const guide = new Float32Array(E * H * (S + 1));
    optimum.forEach((value, cell) => (guide[cell * (S + 1) + (value < 0 ? S : value)] = 1));
    const problem = new CurtoisProblem(model);
    solve(problem, { rng: new SeededRng(3), clock: { now: () => 0 as never }, stepLimit: 3_000 });
    const roster = Int16Array.from(problem.roster);
    expect(evaluateCurtois(model, roster).objective).toBeGreaterThan(1716);
    let reached = false;
    const result = improveWithMip(model, roster, solver, {
      rng: new SeededRng(5),
      clock: { now: () => performance.now() as never },
      deadline: performance.now() + 15_000,
      guide,
      shouldStop: () => reached,
      onImprove: (objective) => (reached = objective === 1716),
    });
    expect(result.objective).toBe(1716);
    expect(evaluateCurtois(model, roster).objective).toBe(1716);
    expect(result.byNeighbourhood.guided.improved).toBeGreaterThan(0);
  }, 30_000);
});
