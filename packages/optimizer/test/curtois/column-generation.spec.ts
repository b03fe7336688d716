import { SeededRng } from '@muster/kernel';
import { describe, expect, it } from 'vitest';
import { loadHighsSolver } from '../../mip/highs-mip-solver.ts';
import {
  ColumnPool,
  CurtoisProblem,
  type MipModel,
  type MipSolver,
  RowPlanner,
  evaluateCurtois,
  improveWithColumns,
  masterPoint,
  parseCurtoisSolution,
  curtoisModel,
  parseCurtoisInstance,
  patternMaster,
  poolValues,
  columnValue,
  priceRow,
  priceRows,
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

/** Instance2 after 1,000 steps of local search (seed 1): a feasible start above the optimum 828. */
function instance2Start() {
  const model = modelOf('Instance2');
  const problem = new CurtoisProblem(model);
  solve(problem, { rng: new SeededRng(1), clock: FIXED_CLOCK, stepLimit: 1_000 });
  const roster = Int16Array.from(problem.roster);
  return { model, roster, before: evaluateCurtois(model, roster) };
}

/** Instance4 after 2,000 steps of local search (seed 7), and the problem holding it. */
function instance4Start() {
  const model = modelOf('Instance4');
  const problem = new CurtoisProblem(model);
  solve(problem, { rng: new SeededRng(7), clock: FIXED_CLOCK, stepLimit: 2_000 });
  return { model, problem, roster: Int16Array.from(problem.roster) };
}

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

describe('the master LP warm-started from a basis (HiGHS adapter)', () => {
  it('reaches the cold solve’s optimum after new columns, with duals that price every column non-negatively (Instance4)', async () => {
    const solver = await loadHighsSolver();
    const { model, problem } = instance4Start();
    const pool = new ColumnPool(model);
    pool.addRoster(problem.roster);
    const planner = new RowPlanner(model, model.allowedShifts);
    const scratch = pricingScratch(model);
    let basis = solver.solve(patternMaster(model, pool, false).mip, { timeLimitSeconds: 30 }).basis;
    for (let round = 0; round < 5; round++) {
      const cold = solver.solve(patternMaster(model, pool, false).mip, { timeLimitSeconds: 30 });
      const warm = solver.solve(patternMaster(model, pool, false).mip, { timeLimitSeconds: 30, basis: basis! });
      expect(warm.status).toBe('optimal');
      expect(warm.objective).toBeCloseTo(cold.objective!, 6);
      const duals = warm.rowDuals!;
      pool.columns.forEach((column) => expect(reducedCost(model, column.employee, column.row, column.cost, duals)).toBeGreaterThan(-1e-6));
      basis = warm.basis;
      // New columns for the next round: each employee's priced rows (they start nonbasic in the basis).
      const before = pool.columns.length;
      for (let e = 0; e < model.E; e++) for (const row of priceRows(model, planner, pool, e, duals, scratch, 4)) if (row.hard === 0) pool.add(e, row.row);
      if (pool.columns.length === before) break;
    }
    expect(pool.columns.length).toBeGreaterThan(model.E);
  }, 60_000);
});

describe('the master of a dive (fixed employees)', () => {
  it('leaves a fixed employee’s other columns out, solves to the same LP as a pool without them, and maps its values back to pool order (Instance4)', async () => {
    const solver = await loadHighsSolver();
    const { model, problem } = instance4Start();
    const pool = new ColumnPool(model);
    const seed = pool.addRoster(problem.roster);
    const planner = new RowPlanner(model, model.allowedShifts);
    const scratch = pricingScratch(model);
    const duals = solver.solve(patternMaster(model, pool, false).mip, { timeLimitSeconds: 30 }).rowDuals!;
    for (let e = 0; e < model.E; e++) for (const row of priceRows(model, planner, pool, e, duals, scratch, 4)) if (row.hard === 0) pool.add(e, row.row);
    const fixed = new Int32Array(model.E).fill(-1);
    fixed[0] = seed[0]!;
    fixed[1] = seed[1]!;
    const leftOut = pool.columns.map((c, p) => fixed[c.employee]! >= 0 && fixed[c.employee] !== p);
    expect(leftOut.filter(Boolean).length).toBeGreaterThan(0);
    const master = patternMaster(model, pool, false, fixed);
    expect(master.patterns).toBe(leftOut.filter((out) => !out).length);
    expect(master.mip.numCols).toBe(master.lambdaStart + master.patterns);
    // The same LP built from a pool that never held the left-out columns.
    const without = new ColumnPool(model);
    pool.columns.forEach((c, p) => {
      if (!leftOut[p]) without.add(c.employee, c.row);
    });
    const lp = solver.solve(master.mip, { timeLimitSeconds: 30 });
    const reference = solver.solve(patternMaster(model, without, false).mip, { timeLimitSeconds: 30 });
    expect(lp.status).toBe('optimal');
    expect(lp.objective).toBeCloseTo(reference.objective!, 6);
    const values = poolValues(master, lp.values!);
    const perEmployee = new Float64Array(model.E);
    pool.columns.forEach((c, p) => {
      const v = columnValue(model, values, p);
      if (leftOut[p]) expect(v).toBe(0);
      perEmployee[c.employee]! += v;
    });
    expect(columnValue(model, values, seed[0]!)).toBeCloseTo(1, 9);
    expect(columnValue(model, values, seed[1]!)).toBeCloseTo(1, 9);
    for (const sum of perEmployee) expect(sum).toBeCloseTo(1, 6);
  }, 60_000);
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
      const planner = new RowPlanner(model, model.allowedShifts);
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

  it('is exact where the weekend and two per-type bounds bind, and its alternatives are other feasible rows (exhaustive search, 3^9 rows per employee)', () => {
    // Three shift types, two of them capped far below the horizon, one weekend allowed in two, and
    // five days off per employee so that exhaustive search stays small.
    const text = [
      'SECTION_HORIZON',
      '14',
      '',
      'SECTION_SHIFTS',
      'D,480,',
      'L,480,D',
      'N,600,D|L',
      '',
      'SECTION_STAFF',
      'A,D=14|L=2|N=1,4800,1920,4,1,1,1',
      'B,D=3|L=14|N=2,4800,2400,3,2,2,1',
      '',
      'SECTION_DAYS_OFF',
      'A,0,3,7,10,11',
      'B,1,4,8,12,13',
      '',
      'SECTION_SHIFT_ON_REQUESTS',
      'A,5,L,3',
      'B,6,N,2',
      '',
      'SECTION_SHIFT_OFF_REQUESTS',
      'A,12,D,2',
      '',
      'SECTION_COVER',
      ...Array.from({ length: 14 }, (_, d) => ['D', 'L', 'N'].map((s) => `${d},${s},1,100,1`)).flat(),
    ].join('\n');
    const parsed = parseCurtoisInstance('Bounds', text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const model = curtoisModel(parsed.value);
    const { E, H, S } = model;
    const planner = new RowPlanner(model, model.allowedShifts);
    const pool = new ColumnPool(model);
    const scratch = pricingScratch(model);
    const rng = new SeededRng(5);
    const check = new Int16Array(E * H).fill(-1);
    const score = { hard: 0, soft: 0 };
    let boundsBound = 0;
    for (let trial = 0; trial < 6; trial++) {
      // Duals that pay for every cell, weekends most, so that the unbounded best row breaks the bounds.
      const duals = new Float64Array(E + H * S);
      for (let d = 0; d < H; d++) for (let s = 0; s < S; s++) duals[E + d * S + s] = 20 + rng.next() * 80 + (d % 7 >= 5 ? 100 : 0);
      for (let e = 0; e < E; e++) {
        const free = Array.from({ length: H }, (_, d) => d).filter((d) => model.instance.daysOff[e * H + d] !== 1);
        const row = new Int16Array(H).fill(-1);
        let best = Number.POSITIVE_INFINITY;
        const feasible = new Set<string>();
        for (let code = 0; code < 4 ** free.length; code++) {
          let c = code;
          let valid = true;
          for (const d of free) {
            const v = (c % 4) - 1;
            c = Math.floor(c / 4);
            if (v >= 0 && model.instance.staff[e]!.maxShifts[v] === 0) valid = false;
            row[d] = v;
          }
          if (!valid) continue;
          check.set(row, e * H);
          if (scoreEmployee(model, check, e, score).hard > 0) continue;
          feasible.add(row.join(','));
          best = Math.min(best, reducedCost(model, e, row, score.soft, duals));
        }
        const rows = priceRows(model, planner, pool, e, duals, scratch, 4);
        expect({ trial, e, reducedCost: rows[0]!.reducedCost }).toEqual({ trial, e, reducedCost: expect.closeTo(best, 9) });
        expect(new Set(rows.map((r) => r.row.join(','))).size).toBe(rows.length);
        for (const r of rows) {
          expect(r.hard).toBe(0);
          expect(feasible.has(r.row.join(','))).toBe(true);
          expect(r.reducedCost).toBeGreaterThanOrEqual(rows[0]!.reducedCost - 1e-9);
        }
        expect(rows.length).toBeGreaterThan(1);
        // The bounds matter: the row that ignores them would work more weekends or capped shifts.
        const weekends = [5, 12].filter((d) => rows[0]!.row[d]! >= 0 || rows[0]!.row[d + 1]! >= 0).length;
        if (weekends === model.instance.staff[e]!.maxWeekends) boundsBound++;
      }
    }
    expect(boundsBound).toBeGreaterThan(0);
  }, 120_000);

  it('finds the row of least reduced cost that exhaustive search finds on Instance1 (14 days, 2^14 rows per employee)', async () => {
    const solver = await loadHighsSolver();
    const model = modelOf('Instance1');
    const problem = new CurtoisProblem(model);
    solve(problem, { rng: new SeededRng(4), clock: FIXED_CLOCK, stepLimit: 500 });
    const pool = new ColumnPool(model);
    pool.addRoster(problem.roster);
    const duals = solver.solve(patternMaster(model, pool, false).mip, { timeLimitSeconds: 30 }).rowDuals!;
    const planner = new RowPlanner(model, model.allowedShifts);
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
    const { model, roster, before } = instance2Start();
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
    // The LP by cell: each (employee, day) spreads a weight of 1 over its values, none negative.
    const { E, H, S } = model;
    const cells = result.lpCells!;
    expect(cells).toHaveLength(E * H * (S + 1));
    for (let cell = 0; cell < E * H; cell++) {
      const weights = Array.from(cells.subarray(cell * (S + 1), (cell + 1) * (S + 1)));
      expect(weights.every((w) => w > -1e-6)).toBe(true);
      expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
  }, 60_000);

  it('gives no LP by cell when the root LP has not converged', async () => {
    const solver = await loadHighsSolver();
    const { model, roster } = instance2Start();
    const result = improveWithColumns(model, roster, solver, { clock: FIXED_CLOCK, lpDeadline: 60_000, deadline: 60_000, maxRounds: 1 });
    expect(result.converged).toBe(false);
    expect(result.lpCells).toBeUndefined();
  }, 60_000);

  it('dives from the root LP to a feasible roster no worse than the start when the master MIP does not run (Instance2)', async () => {
    const solver = await loadHighsSolver();
    const { model, roster, before } = instance2Start();
    const result = improveWithColumns(model, roster, solver, { clock: FIXED_CLOCK, lpDeadline: 60_000, deadline: 120_000, maxRounds: 200, mipSeconds: 0 });
    expect(result.mipStatus).toBe('not-run');
    expect(result.diveSteps).toBeGreaterThan(0);
    expect(result.diveRounds).toBeGreaterThanOrEqual(0);
    const after = evaluateCurtois(model, roster);
    expect(after.feasible).toBe(true);
    expect(after.objective).toBe(result.objective);
    expect(after.objective).toBeLessThanOrEqual(before.objective);
    expect(after.objective).toBeGreaterThanOrEqual(Math.ceil(result.lpValue - 1e-6));
  }, 60_000);

  it('gives up early, leaving the roster alone, when its first rounds say the LP cannot converge in time', async () => {
    const solver = await loadHighsSolver();
    const { model, problem, roster } = instance4Start();
    // Every reading of this clock is 100 ms later: a round takes several readings.
    let t = 0;
    const clock = { now: () => (t += 100) as never };
    const result = improveWithColumns(model, roster, solver, { clock, lpDeadline: 20_000, deadline: 30_000, expectedRounds: 100 });
    expect(result.abandoned).toBe(true);
    expect(result.rounds).toBe(3);
    expect(result.diveSteps).toBe(0);
    expect(result.improved).toBe(false);
    expect(roster).toEqual(problem.roster);
  }, 60_000);

  it('does not give up because its first two rounds were slow (warming up)', async () => {
    const real = await loadHighsSolver();
    const { model, roster } = instance4Start();
    // Each LP solve of the first two rounds takes 1 s on this clock, later rounds a few ms. Timed
    // from the first round, the pace after the third (about 0.7 s a round) would not fit 37 more
    // rounds in the 18 s left.
    let t = 0;
    let solves = 0;
    const clock = { now: () => (t += 1) as never };
    const solver: MipSolver = {
      solve: (mip, options) => {
        if (++solves <= 2) t += 1_000;
        return real.solve(mip, options);
      },
    };
    const result = improveWithColumns(model, roster, solver, { clock, lpDeadline: 20_000, deadline: 30_000, expectedRounds: 40, requireConvergence: true });
    expect(result.abandoned).toBe(false);
    expect(result.converged).toBe(true);
    expect(result.rounds).toBeGreaterThan(5);
  }, 60_000);

  it('gives up, leaving the roster alone, when asked for a converged LP and it has none by the deadline', async () => {
    const solver = await loadHighsSolver();
    const { model, problem, roster } = instance4Start();
    const options = { clock: FIXED_CLOCK, lpDeadline: 60_000, deadline: 60_000, maxRounds: 2 };
    const given = improveWithColumns(model, roster, solver, { ...options, requireConvergence: true });
    expect({ converged: given.converged, rounds: given.rounds, abandoned: given.abandoned, diveSteps: given.diveSteps, mip: given.mipStatus }).toEqual({
      converged: false,
      rounds: 2,
      abandoned: true,
      diveSteps: 0,
      mip: 'not-run',
    });
    expect(roster).toEqual(problem.roster);
    // Without the option the same two rounds go on to the master MIP.
    const goesOn = improveWithColumns(model, roster, solver, options);
    expect(goesOn.abandoned).toBe(false);
    expect(goesOn.mipStatus).not.toBe('not-run');
  }, 60_000);

  it('is deterministic for a round limit (no clock decides it)', async () => {
    const solver = await loadHighsSolver();
    const { model, problem } = instance4Start();
    const run = () => {
      const roster = Int16Array.from(problem.roster);
      const result = improveWithColumns(model, roster, solver, { clock: FIXED_CLOCK, lpDeadline: 60_000, deadline: 60_000, maxRounds: 8 });
      return {
        roster: Array.from(roster).join(','),
        rounds: result.rounds,
        diveSteps: result.diveSteps,
        diveRounds: result.diveRounds,
        columns: result.columns,
        lpValue: result.lpValue.toFixed(6),
        objective: result.objective,
      };
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
