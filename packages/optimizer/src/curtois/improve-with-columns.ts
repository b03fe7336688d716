import type { Clock } from '@muster/kernel';
import type { LpBasis, MipSolver, MipStatus } from '../mip/mip-model.ts';
import type { CurtoisModel } from './curtois-model.ts';
import { ColumnPool, masterPoint, patternMaster } from './curtois-pattern-master.ts';
import { evaluateCurtois } from './evaluate-curtois.ts';
import { priceRow, pricingScratch, reducedCost } from './price-row.ts';
import { RowPlanner } from './row-planner.ts';

export interface ColumnGenerationOptions {
  readonly clock: Clock;
  /** Stop generating columns at this instant (ms). */
  readonly lpDeadline: number;
  /** The master MIP ends by this instant (ms). */
  readonly deadline: number;
  /** Longest master MIP solve, seconds (it ends earlier at `deadline`). */
  readonly mipSeconds?: number;
  /** Stop after this many pricing rounds (tests: a run that no clock decides). */
  readonly maxRounds?: number;
  readonly shouldStop?: () => boolean;
  /** Seed for HiGHS. */
  readonly seed?: number;
}

export interface ColumnGenerationResult {
  /** Objective of the roster after this phase (the roster is improved in place when the master MIP finds better). */
  readonly objective: number;
  readonly improved: boolean;
  /**
   * Objective of the last restricted master LP. When `converged` it is the pattern formulation's LP
   * bound if pricing is exact — it is for the sequence, minutes and (up to 56 days) weekend rules,
   * but shifts per type are priced by multipliers, so it can lie above the true LP bound.
   */
  readonly lpValue: number;
  /** The first restricted master LP (over the seed roster's rows only). */
  readonly firstLpValue: number;
  /** Pricing found no row of negative reduced cost in the last round. */
  readonly converged: boolean;
  readonly rounds: number;
  readonly columns: number;
  readonly mipStatus: MipStatus | 'not-run';
  readonly mipObjective?: number;
  readonly lpSeconds: number;
  readonly mipSeconds: number;
}

/** Weight of the stability centre in the smoothed duals (Wentges 1997). */
const SMOOTHING = 0.5;

/** Reduced costs above this count as non-negative (LP tolerances). */
const REDUCED_COST_EPSILON = 1e-6;

/**
 * Price-and-branch over the pattern formulation (docs/decisions/0006): columns are whole rows of one
 * employee that break no hard rule, the restricted master LP chooses a convex combination per
 * employee against the cover penalties, and pricing (priceRow: the RowPlanner against the cover
 * duals) adds each employee's row of most negative reduced cost until none is found, the round
 * limit or `lpDeadline`. The pool is seeded with `roster`'s rows, so the master MIP over the pool
 * (binary λ, the roster as its start, until `deadline` or for `mipSeconds`) can only return a roster
 * at least as good;
 * it replaces `roster` in place when the evaluator finds it feasible and strictly better.
 */
export function improveWithColumns(model: CurtoisModel, roster: Int16Array, solver: MipSolver, options: ColumnGenerationOptions): ColumnGenerationResult {
  const { E, H } = model;
  const before = evaluateCurtois(model, roster);
  const pool = new ColumnPool(model);
  const seedColumns = pool.addRoster(roster);
  const result = (
    fields: Partial<ColumnGenerationResult> & Pick<ColumnGenerationResult, 'lpValue' | 'firstLpValue' | 'converged' | 'rounds' | 'lpSeconds'>,
  ): ColumnGenerationResult => ({
    objective: before.objective,
    improved: false,
    columns: pool.columns.length,
    mipStatus: 'not-run',
    mipSeconds: 0,
    ...fields,
  });
  if (!before.feasible || seedColumns.some((p) => p < 0)) return result({ lpValue: NaN, firstLpValue: NaN, converged: false, rounds: 0, lpSeconds: 0 });

  const allowed = model.instance.staff.map((employee) => Int16Array.from(employee.maxShifts.flatMap((max, s) => (max > 0 ? [s] : []))));
  const planner = new RowPlanner(model, allowed);
  const scratch = pricingScratch(model);
  const stopped = (): boolean => options.shouldStop?.() === true;
  let lpValue = NaN;
  let firstLpValue = NaN;
  let converged = false;
  let rounds = 0;
  let lpSeconds = 0;
  let basis: LpBasis | undefined;
  let center: Float64Array | undefined;
  let bestLagrangian = -Infinity;
  while (!stopped() && options.clock.now() < options.lpDeadline && (options.maxRounds === undefined || rounds < options.maxRounds)) {
    const remaining = (options.lpDeadline - options.clock.now()) / 1000;
    const lp = solver.solve(patternMaster(model, pool, false).mip, { timeLimitSeconds: Math.max(0.05, remaining), seed: options.seed ?? 0, ...(basis ? { basis } : {}) });
    lpSeconds += lp.seconds;
    basis = lp.basis;
    if (!lp.rowDuals || lp.objective === undefined) break;
    lpValue = lp.objective;
    if (rounds === 0) firstLpValue = lpValue;
    rounds++;
    // Wentges smoothing: price first at a point between the best dual point so far (the stability
    // centre) and the LP's duals, which damps the oscillation of degenerate masters; a column is
    // added only when its reduced cost at the LP's own duals is negative. When smoothing finds
    // none, price at the LP's duals: no column there ends the generation.
    const duals = lp.rowDuals;
    let added = 0;
    for (const smoothed of center ? [true, false] : [false]) {
      const at = smoothed ? mix(center!, duals, SMOOTHING) : duals;
      let lagrangian = coverDualValue(model, at);
      for (let e = 0; e < E; e++) {
        const priced = priceRow(model, planner, pool, e, at, scratch);
        if (!priced || priced.hard > 0) {
          lagrangian = -Infinity; // no row priced: the estimate is unknown
          continue;
        }
        lagrangian += priced.reducedCost + at[e]!;
        const rc = smoothed ? reducedCost(model, e, priced.row, priced.cost, duals) : priced.reducedCost;
        if (rc > -REDUCED_COST_EPSILON || pool.has(e, priced.row)) continue;
        if (pool.add(e, priced.row) >= 0) added++;
      }
      // The centre moves to the dual point of best Lagrangian value (an estimate: pricing is a heuristic).
      if (lagrangian > bestLagrangian) {
        bestLagrangian = lagrangian;
        center = Float64Array.from(at);
      }
      if (added > 0) break;
    }
    if (added === 0) {
      converged = true;
      break;
    }
  }

  const remaining = (options.deadline - options.clock.now()) / 1000;
  if (stopped() || remaining < 0.05) return result({ lpValue, firstLpValue, converged, rounds, lpSeconds });
  const master = patternMaster(model, pool, true);
  const start = masterPoint(model, pool, seedColumns);
  const mip = solver.solve(master.mip, { timeLimitSeconds: Math.min(remaining, options.mipSeconds ?? Infinity), seed: options.seed ?? 0, start });
  const fields = {
    lpValue,
    firstLpValue,
    converged,
    rounds,
    lpSeconds,
    mipStatus: mip.status,
    mipSeconds: mip.seconds,
    ...(mip.objective === undefined ? {} : { mipObjective: mip.objective }),
  };
  if (!mip.values) return result(fields);
  const candidate = Int16Array.from(roster);
  for (let p = 0; p < master.patterns; p++) {
    if (mip.values[master.lambdaStart + p]! < 0.5) continue;
    const column = pool.columns[p]!;
    candidate.set(column.row, column.employee * H);
  }
  const after = evaluateCurtois(model, candidate);
  if (!after.feasible || after.objective >= before.objective) return result(fields);
  roster.set(candidate);
  return result({ ...fields, objective: after.objective, improved: true });
}

/** α·a + (1 − α)·b. */
function mix(a: Float64Array, b: Float64Array, alpha: number): Float64Array {
  return a.map((v, i) => alpha * v + (1 - alpha) * b[i]!);
}

/** Σ_{cells} requirement·dual: the cover rows' part of the Lagrangian value of a dual point. */
function coverDualValue(model: CurtoisModel, duals: Float64Array): number {
  let value = 0;
  for (let cell = 0; cell < model.H * model.S; cell++) value += model.instance.cover[cell]!.requirement * duals[model.E + cell]!;
  return value;
}
