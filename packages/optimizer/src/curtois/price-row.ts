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
 * cells' duals (working (d, s) costs −dual of that cover row, plus the requests the row breaks),
 * with every sequence and minutes rule exact and shifts per type and weekends priced by its
 * Lagrange multipliers; scoreEmployee then scores the row, and the reduced cost is computed from
 * that score. So pricing is a heuristic (a row of lower reduced cost may exist when a per-type or
 * weekend bound binds), but every row it returns is judged by the one definition of the rules.
 *
 * @param duals the master LP's row duals: E convexity rows, then one per cover cell `d*S + s`.
 * Returns undefined when no row keeps the sequence rules.
 */
export function priceRow(model: CurtoisModel, planner: RowPlanner, pool: ColumnPool, employee: number, duals: Float64Array, scratch: PricingScratch): PricedRow | undefined {
  const { E, H, S } = model;
  const price = scratch.coverPrice;
  const weekends = Math.floor(H / 7);
  const maxWeekends = model.instance.staff[employee]!.maxWeekends;
  // A row works at most maxWeekends weekends iff some set of weekends − maxWeekends weekends is off:
  // planning once per such set (each weekend's days barred) makes the weekend bound exact, where the
  // planner alone prices it by a multiplier. Only while the sets are few (28 days: at most 6).
  const offSets = maxWeekends < weekends && binomial(weekends, weekends - maxWeekends) <= MAX_WEEKEND_SETS ? subsets(weekends, weekends - maxWeekends) : [[]];
  let best: PricedRow | undefined;
  for (const off of offSets) {
    for (let cell = 0; cell < H * S; cell++) price[cell] = -duals[E + cell]!;
    for (const w of off) price.fill(Number.POSITIVE_INFINITY, (7 * w + 5) * S, (7 * w + 7) * S);
    const row = new Int16Array(H).fill(-1);
    const planned = planner.plan(scratch.roster, scratch.coverCounts, { employee, from: 0, to: H, hardWeight: PRICING_HARD_WEIGHT, coverPrice: price }, row);
    if (!planned) continue;
    const score = pool.scoreRow(employee, row);
    const priced = { employee, row, hard: score.hard, cost: score.soft, reducedCost: reducedCost(model, employee, row, score.soft, duals) };
    if (!best || priced.hard < best.hard || (priced.hard === best.hard && priced.reducedCost < best.reducedCost)) best = priced;
  }
  return best;
}

/** Most weekend sets priceRow plans one row each for (C(8, 4) = 70: up to 56 days at half the weekends). */
const MAX_WEEKEND_SETS = 70;

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/** Every k-element subset of 0 … n − 1, in lexicographic order. */
function subsets(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick = (from: number, chosen: number[]): void => {
    if (chosen.length === k) {
      out.push([...chosen]);
      return;
    }
    for (let i = from; i <= n - (k - chosen.length); i++) pick(i + 1, [...chosen, i]);
  };
  pick(0, []);
  return out;
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
