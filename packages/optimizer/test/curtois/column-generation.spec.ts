import { SeededRng } from '@muster/kernel';
import { describe, expect, it } from 'vitest';
import { loadHighsSolver } from '../../mip/highs-mip-solver.ts';
import {
  ColumnPool,
  CurtoisProblem,
  type MipModel,
  RowPlanner,
  evaluateCurtois,
  improveWithColumns,
  masterPoint,
  parseCurtoisSolution,
  patternMaster,
  priceRow,
  pricingScratch,
  reducedCost,
  scoreEmployee,
  solve,
} from '../../src/index.ts';
import { loadInstance, modelOf, readSolution, solutionFiles } from './curtois-files.ts';
import { broken as brokenWithin, objectiveOf } from './mip-check.ts';

const TOLERANCE = 1e-7;
/** Rows and columns a point breaks, with this file's tolerance (LP duals and HiGHS values are looser). */
const broken = (mip: MipModel, values: Float64Array): string[] => brokenWithin(mip, values, TOLERANCE);
const FIXED_CLOCK = { now: () => 0 as never };

/** colCost[j] − Σ_i dual[i]·A[i,j], read from the built model itself. */
function modelReducedCost(mip: MipModel, duals: Float64Array, j: number): number {
  let rc = mip.colCost[j]!;
  for (let i = 0; i < mip.numRows; i++) for (let k = mip.rowStart[i]!; k < mip.rowStart[i + 1]!; k++) if (mip.rowIndex[k] === j) rc -= duals[i]! * mip.rowValue[k]!;
  return rc;
}

function reference(folder: 'solutions' | 'solutions/infeasible', file: string) {
  const name = /^(Instance\d+)/.exec(file)![1]!;
  const parsed = parseCurtoisSolution(loadInstance(name), readSolution(folder, file));
  if (!parsed.ok) throw new Error(`${file} unreadable`);
  return { name, model: modelOf(name), roster: parsed.value };
}

const allowedOf = (model: ReturnType<typeof modelOf>) => model.instance.staff.map((employee) => Int16Array.from(employee.maxShifts.flatMap((max, s) => (max > 0 ? [s] : []))));

describe('the pattern master (columns = whole rows)', () => {
  it.each(solutionFiles('solutions'))('holds %s as a feasible integer point whose objective is the evaluator’s', (file) => {
    const { model, roster } = reference('solutions', file);
    const pool = new ColumnPool(model);
    const chosen = pool.addRoster(roster);
    expect(Array.from(chosen)).toEqual(Array.from({ length: model.E }, (_, e) => e));
    const master = patternMaster(model, pool, true);
    const point = masterPoint(model, pool, chosen);
    expect(broken(master.mip, point)).toEqual([]);
    expect(objectiveOf(master.mip, point)).toBeCloseTo(evaluateCurtois(model, roster).objective, 9);
  });

  it.each(solutionFiles('solutions/infeasible'))('rejects the broken row of %s as a column', (file) => {
    const { model, roster } = reference('solutions/infeasible', file);
    const violation = evaluateCurtois(model, roster).violations[0]!;
    const pool = new ColumnPool(model);
    const chosen = pool.addRoster(roster);
    expect(chosen[violation.employee]).toBe(-1);
    expect(pool.columns.every((column) => column.employee !== violation.employee)).toBe(true);
  });

  it('keeps one column per distinct row and scores it with scoreEmployee', () => {
    const { model, roster } = reference('solutions', 'Instance4.sol.txt');
    const pool = new ColumnPool(model);
    pool.addRoster(roster);
    expect(Array.from(pool.addRoster(roster))).toEqual(Array.from({ length: model.E }, (_, e) => e));
    expect(pool.columns).toHaveLength(model.E);
    const row = { hard: 0, soft: 0 };
    pool.columns.forEach((column, e) => expect(column.cost).toBe(scoreEmployee(model, roster, e, row).soft));
  });
});

describe('pricing (priceRow)', () => {
  it('returns rows that keep every hard rule, with reduced costs equal to the master’s own (Instance4, Instance5)', async () => {
    const solver = await loadHighsSolver();
    for (const name of ['Instance4', 'Instance5']) {
      const { model, roster } = reference('solutions', `${name}.sol.txt`);
      // Start from a worse roster than the reference so that the duals price many cells.
      const problem = new CurtoisProblem(model);
      solve(problem, { rng: new SeededRng(2), clock: FIXED_CLOCK, stepLimit: 2_000 });
      const pool = new ColumnPool(model);
      pool.addRoster(problem.roster);
      pool.addRoster(roster);
      const planner = new RowPlanner(model, allowedOf(model));
      const scratch = pricingScratch(model);
      let priced = 0;
      for (let round = 0; round < 4; round++) {
        const master = patternMaster(model, pool, false);
        const lp = solver.solve(master.mip, { timeLimitSeconds: 30 });
        expect(lp.status).toBe('optimal');
        const duals = lp.rowDuals!;
        // At the LP optimum no pool column has a negative reduced cost, and the formula agrees with the model's.
        pool.columns.forEach((column, p) => {
          const rc = reducedCost(model, column.employee, column.row, column.cost, duals);
          expect(rc).toBeGreaterThan(-1e-6);
          expect(rc).toBeCloseTo(modelReducedCost(master.mip, duals, master.lambdaStart + p), 6);
        });
        for (let e = 0; e < model.E; e++) {
          const row = priceRow(model, planner, pool, e, duals, scratch)!;
          const check = Int16Array.from(roster);
          check.set(row.row, e * model.H);
          const score = scoreEmployee(model, check, e, { hard: 0, soft: 0 });
          expect({ e, hard: row.hard }).toEqual({ e, hard: 0 });
          expect(score).toEqual({ hard: 0, soft: row.cost });
          let expected = row.cost - duals[e]!;
          for (let d = 0; d < model.H; d++) if (row.row[d]! >= 0) expected -= duals[model.E + d * model.S + row.row[d]!]!;
          expect(row.reducedCost).toBeCloseTo(expected, 9);
          // Once added, the column's reduced cost read from the rebuilt master is the same number.
          const p = pool.add(e, row.row);
          const rebuilt = patternMaster(model, pool, false);
          expect(modelReducedCost(rebuilt.mip, duals, rebuilt.lambdaStart + p)).toBeCloseTo(row.reducedCost, 6);
          priced++;
        }
      }
      expect(priced).toBe(4 * model.E);
    }
  }, 60_000);

  it('finds the row of least reduced cost that exhaustive search finds on Instance1 (14 days, 2^14 rows per employee)', async () => {
    const solver = await loadHighsSolver();
    const model = modelOf('Instance1');
    const problem = new CurtoisProblem(model);
    solve(problem, { rng: new SeededRng(4), clock: FIXED_CLOCK, stepLimit: 500 });
    const pool = new ColumnPool(model);
    pool.addRoster(problem.roster);
    const duals = solver.solve(patternMaster(model, pool, false).mip, { timeLimitSeconds: 30 }).rowDuals!;
    const planner = new RowPlanner(model, allowedOf(model));
    const scratch = pricingScratch(model);
    const { E, H } = model;
    const check = new Int16Array(E * H).fill(-1);
    const score = { hard: 0, soft: 0 };
    for (let e = 0; e < E; e++) {
      let best = Number.POSITIVE_INFINITY;
      const row = new Int16Array(H);
      for (let mask = 0; mask < 1 << H; mask++) {
        for (let d = 0; d < H; d++) row[d] = (mask >> d) & 1 ? 0 : -1;
        check.set(row, e * H);
        if (scoreEmployee(model, check, e, score).hard > 0) continue;
        best = Math.min(best, reducedCost(model, e, row, score.soft, duals));
      }
      expect({ e, reducedCost: priceRow(model, planner, pool, e, duals, scratch)!.reducedCost }).toEqual({ e, reducedCost: expect.closeTo(best, 9) });
    }
  }, 60_000);
});

describe('improveWithColumns (price-and-branch)', () => {
  it('never makes a roster worse, ends feasible, and its converged LP value lies below the optimum (Instance2: 828)', async () => {
    const solver = await loadHighsSolver();
    const model = modelOf('Instance2');
    const problem = new CurtoisProblem(model);
    solve(problem, { rng: new SeededRng(1), clock: FIXED_CLOCK, stepLimit: 1_000 });
    const roster = Int16Array.from(problem.roster);
    const before = evaluateCurtois(model, roster);
    expect(before.feasible).toBe(true);
    const result = improveWithColumns(model, roster, solver, { clock: FIXED_CLOCK, lpDeadline: 60_000, deadline: 120_000, maxRounds: 200 });
    const after = evaluateCurtois(model, roster);
    expect(after.feasible).toBe(true);
    expect(after.objective).toBe(result.objective);
    expect(after.objective).toBeLessThanOrEqual(before.objective);
    expect(result.converged).toBe(true);
    expect(result.firstLpValue).toBeCloseTo(before.objective, 6);
    expect(result.lpValue).toBeLessThanOrEqual(828 + 1e-6);
    expect(result.lpValue).toBeLessThanOrEqual(after.objective + 1e-6);
  }, 60_000);

  it('is deterministic for a round limit (no clock decides it)', async () => {
    const solver = await loadHighsSolver();
    const model = modelOf('Instance4');
    const problem = new CurtoisProblem(model);
    solve(problem, { rng: new SeededRng(7), clock: FIXED_CLOCK, stepLimit: 2_000 });
    const run = () => {
      const roster = Int16Array.from(problem.roster);
      const result = improveWithColumns(model, roster, solver, { clock: FIXED_CLOCK, lpDeadline: 60_000, deadline: 60_000, maxRounds: 8 });
      return { roster: Array.from(roster).join(','), rounds: result.rounds, columns: result.columns, lpValue: result.lpValue.toFixed(6), objective: result.objective };
    };
    const first = run();
    expect(first.rounds).toBe(8);
    expect(run()).toEqual(first);
  }, 60_000);

  it('leaves an infeasible roster alone', async () => {
    const solver = await loadHighsSolver();
    const { model, roster } = reference('solutions/infeasible', 'Instance4-dayoff.sol.txt');
    const copy = Int16Array.from(roster);
    const result = improveWithColumns(model, copy, solver, { clock: FIXED_CLOCK, lpDeadline: 1_000, deadline: 1_000 });
    expect(result.rounds).toBe(0);
    expect(result.improved).toBe(false);
    expect(copy).toEqual(roster);
  });
});
