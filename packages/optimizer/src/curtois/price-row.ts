import type { CurtoisModel } from './curtois-model.ts';
import type { ColumnPool } from './curtois-pattern-master.ts';
import type { RowPlanner } from './row-planner.ts';

/** A priced row: the employee's best schedule against the master's duals. */
export interface PricedRow {
  readonly employee: number;
  /** Shift index or −1 per day, length H. */
  readonly row: Int16Array;
  /** Hard amount by scoreEmployee (0: the row may become a column). */
  readonly hard: number;
  /** The row's own penalty (requests) by scoreEmployee. */
  readonly cost: number;
  /** cost − dual[employee] − Σ over worked (d, s) of dual[cover cell (d, s)]. */
  readonly reducedCost: number;
}

/** Soft points per hard unit when the planner trades a broken bound for prices (such rows are discarded anyway). */
const PRICING_HARD_WEIGHT = 100_000;

/**
 * Column-generation pricing for one employee: the RowPlanner plans the whole row against the cover
 * cells' duals (working (d, s) costs −dual of that cover row, plus the requests the row breaks)
 * with `exactBounds`: every sequence and minutes rule, the weekends bound and the two tightest
 * shifts-per-type bounds are exact in its dynamic programme (while it fits its size budget); any
 * other binding bound is priced by the planner's Lagrange multipliers, so pricing is exact for
 * employees with at most two capped shift types and a heuristic otherwise. scoreEmployee scores
 * each row, and the reduced cost is computed from that score, so every row returned is judged by
 * the one definition of the rules.
 *
 * @param duals the master LP's row duals: E convexity rows, then one per cover cell `d*S + s`.
 * @param alternatives also return up to this many of the programme's next-best rows (cheap extra
 * columns; they may have a higher reduced cost or break a priced bound).
 * Returns the rows best first (fewest hard, then least reduced cost), none when no row keeps the
 * sequence rules.
 */
export function priceRows(
  model: CurtoisModel,
  planner: RowPlanner,
  pool: ColumnPool,
  employee: number,
  duals: Float64Array,
  scratch: PricingScratch,
  alternatives = 0,
): PricedRow[] {
  const { E, H, S } = model;
  const price = scratch.coverPrice;
  for (let cell = 0; cell < H * S; cell++) price[cell] = -duals[E + cell]!;
  const row = new Int16Array(H).fill(-1);
  const others = { limit: alternatives, rows: [] as Int16Array[] };
  const window = { employee, from: 0, to: H, hardWeight: PRICING_HARD_WEIGHT, coverPrice: price, exactBounds: true, ...(alternatives > 0 ? { alternatives: others } : {}) };
  if (!planner.plan(scratch.roster, scratch.coverCounts, window, row)) return [];
  const priced = [row, ...others.rows].map((candidate) => {
    const score = pool.scoreRow(employee, candidate);
    return { employee, row: candidate, hard: score.hard, cost: score.soft, reducedCost: reducedCost(model, employee, candidate, score.soft, duals) };
  });
  return priced.sort((a, b) => a.hard - b.hard || a.reducedCost - b.reducedCost);
}

/** The priced row of priceRows (the employee's best against the duals), or undefined when none keeps the sequence rules. */
export function priceRow(model: CurtoisModel, planner: RowPlanner, pool: ColumnPool, employee: number, duals: Float64Array, scratch: PricingScratch): PricedRow | undefined {
  return priceRows(model, planner, pool, employee, duals, scratch)[0];
}

/** cost − dual[employee] − Σ_{worked (d, s)} dual[E + d·S + s]: the reduced cost of a row column in the pattern master. */
export function reducedCost(model: CurtoisModel, employee: number, row: Int16Array, cost: number, duals: Float64Array): number {
  const { E, H, S } = model;
  let rc = cost - duals[employee]!;
  for (let d = 0; d < H; d++) if (row[d]! >= 0) rc -= duals[E + d * S + row[d]!]!;
  return rc;
}

/** Working arrays for priceRow, reused between calls (the planner reads no roster cell when it plans a whole row). */
export interface PricingScratch {
  readonly roster: Int16Array;
  readonly coverCounts: Int32Array;
  readonly coverPrice: Float64Array;
}

export function pricingScratch(model: CurtoisModel): PricingScratch {
  return {
    roster: new Int16Array(model.E * model.H).fill(-1),
    coverCounts: new Int32Array(model.H * model.S),
    coverPrice: new Float64Array(model.H * model.S),
  };
}
