import { MipBuilder, type MipModel } from '../mip/mip-model.ts';
import type { CurtoisModel } from './curtois-model.ts';
import { scoreEmployee } from './score-employee.ts';

/** One column of the pattern master: a whole row (schedule) of one employee that breaks no hard rule. */
export interface RowColumn {
  readonly employee: number;
  /** Shift index or −1 per day, length H. */
  readonly row: Int16Array;
  /** The row's own penalty (requests), from scoreEmployee. */
  readonly cost: number;
}

/**
 * The columns of the pattern (column-generation) formulation, per employee, without duplicates.
 * Only rows that scoreEmployee finds free of hard violations are admitted, so every point of the
 * master is a feasible roster.
 */
export class ColumnPool {
  readonly #model: CurtoisModel;
  readonly columns: RowColumn[] = [];
  readonly #keys = new Map<string, number>();
  readonly #scratch: Int16Array;
  readonly #score = { hard: 0, soft: 0 };

  constructor(model: CurtoisModel) {
    this.#model = model;
    this.#scratch = new Int16Array(model.E * model.H);
  }

  /** The row's score by scoreEmployee (the one definition of the rules). */
  scoreRow(employee: number, row: Int16Array): { hard: number; soft: number } {
    const { H } = this.#model;
    this.#scratch.set(row, employee * H);
    const score = scoreEmployee(this.#model, this.#scratch, employee, this.#score);
    return { hard: score.hard, soft: score.soft };
  }

  /** Adds the row as a column and returns its index; −1 when it breaks a hard rule, or the index it already has. */
  add(employee: number, row: Int16Array): number {
    const key = `${employee}:${row.join(',')}`;
    const known = this.#keys.get(key);
    if (known !== undefined) return known;
    const score = this.scoreRow(employee, row);
    if (score.hard > 0) return -1;
    this.#keys.set(key, this.columns.length);
    this.columns.push({ employee, row: Int16Array.from(row), cost: score.soft });
    return this.columns.length - 1;
  }

  has(employee: number, row: Int16Array): boolean {
    return this.#keys.has(`${employee}:${row.join(',')}`);
  }

  /** Adds every row of a roster (shift index or −1 per `e*H + d`); returns their column indices (−1 for a broken row). */
  addRoster(roster: Int16Array): Int32Array {
    const { E, H } = this.#model;
    return Int32Array.from({ length: E }, (_, e) => this.add(e, roster.subarray(e * H, (e + 1) * H)));
  }
}

/**
 * The restricted master of the pattern formulation over a pool's columns:
 *   min Σ_{d,s} (weightUnder·under[d,s] + weightOver·over[d,s]) + Σ cost(p)·λ[p]
 *   s.t. Σ_{p of e} λ[p] = 1 for every employee e                      (rows 0 … E − 1)
 *        Σ_p covers(p, d, s)·λ[p] + under[d,s] − over[d,s] = requirement  (row E + d·S + s)
 * Columns: under and over per cell first (under[d,s] at 2(d·S + s), over at 2(d·S + s) + 1), then
 * λ (one per pool column, in pool order, from `lambdaStart`), so a grown pool only appends columns
 * and the last LP's basis stays a warm start. With `integer`, λ is binary and any solution is a
 * roster; otherwise it is the LP relaxation whose row duals price new columns (reduced cost of a
 * row = cost − dual[e] − Σ_{worked (d,s)} dual[E + d·S + s]). `fixed` (per employee a pool index or
 * −1) restricts fixed employees to one column, as a dive does: their other columns are left out of
 * the model (a dive's late steps would otherwise solve LPs of thousands of columns fixed at 0), so
 * λ columns are then the pool columns listed in `poolIndex`, still in pool order.
 */
export interface PatternMaster {
  readonly mip: MipModel;
  /** Index of the first λ column (= 2·H·S). */
  readonly lambdaStart: number;
  /** Number of λ columns (= pool size when built, unless columns were left out). */
  readonly patterns: number;
  /** The pool index of each λ column when some were left out (`fixed`); absent: λ column p is pool column p. */
  readonly poolIndex?: Int32Array;
}

/** A master solution's values laid out as if every pool column were in the master (left-out columns at 0), for columnValue. */
export function poolValues(master: PatternMaster, values: Float64Array): Float64Array {
  const index = master.poolIndex;
  if (!index) return values;
  const size = index.length === 0 ? master.lambdaStart : master.lambdaStart + index[index.length - 1]! + 1;
  const out = new Float64Array(size);
  out.set(values.subarray(0, master.lambdaStart));
  for (let q = 0; q < index.length; q++) out[master.lambdaStart + index[q]!] = values[master.lambdaStart + q]!;
  return out;
}

/** Index of the first λ column in the master (after the under- and over-cover slacks of every cell). */
function lambdaStartOf(model: CurtoisModel): number {
  return 2 * model.H * model.S;
}

/** λ of pool column `p` in a master solution (0 for a column added after that solve). */
export function columnValue(model: CurtoisModel, values: Float64Array, p: number): number {
  const at = lambdaStartOf(model) + p;
  return at < values.length ? values[at]! : 0;
}

export function patternMaster(model: CurtoisModel, pool: ColumnPool, integer: boolean, fixed?: Int32Array): PatternMaster {
  const { instance, E, H, S } = model;
  const b = new MipBuilder();
  const first = lambdaStartOf(model);
  for (let cell = 0; cell < H * S; cell++) {
    const cover = instance.cover[cell]!;
    b.addColumn(cover.weightUnder, 0, Infinity, false);
    b.addColumn(cover.weightOver, 0, Infinity, false);
  }
  // λ ≤ 1 is implied by the convexity row; in the LP an explicit bound would take the dual a
  // degenerate vertex gives the employee's row (its reduced cost would then miss the row's dual).
  // A fixed employee (fixed[e] = a pool index, −1 = free) keeps that column only.
  const included: number[] = [];
  pool.columns.forEach((column, p) => {
    const kept = fixed?.[column.employee] ?? -1;
    if (kept < 0 || kept === p) included.push(p);
  });
  const byEmployee: number[][] = Array.from({ length: E }, () => []);
  const byCell: number[][] = Array.from({ length: H * S }, () => []);
  included.forEach((p, q) => {
    const column = pool.columns[p]!;
    b.addColumn(column.cost, 0, integer ? 1 : Infinity, integer);
    byEmployee[column.employee]!.push(first + q);
    for (let d = 0; d < H; d++) if (column.row[d]! >= 0) byCell[d * S + column.row[d]!]!.push(first + q);
  });
  for (let e = 0; e < E; e++)
    b.addRow(
      byEmployee[e]!,
      byEmployee[e]!.map(() => 1),
      1,
      1,
    );
  for (let cell = 0; cell < H * S; cell++) {
    const indices = [2 * cell, 2 * cell + 1, ...byCell[cell]!];
    const values = [1, -1, ...byCell[cell]!.map(() => 1)];
    const requirement = instance.cover[cell]!.requirement;
    b.addRow(indices, values, requirement, requirement);
  }
  const leftOut = included.length < pool.columns.length;
  return { mip: b.build(), lambdaStart: first, patterns: included.length, ...(leftOut ? { poolIndex: Int32Array.from(included) } : {}) };
}

/** The master's column values of a roster whose rows are the pool columns `chosen` (one per employee). */
export function masterPoint(model: CurtoisModel, pool: ColumnPool, chosen: Int32Array): Float64Array {
  const { instance, H, S } = model;
  const first = lambdaStartOf(model);
  const values = new Float64Array(first + pool.columns.length);
  const counts = new Int32Array(H * S);
  for (const p of chosen) {
    values[first + p] = 1;
    const row = pool.columns[p]!.row;
    for (let d = 0; d < H; d++) if (row[d]! >= 0) counts[d * S + row[d]!]!++;
  }
  for (let cell = 0; cell < H * S; cell++) {
    const gap = instance.cover[cell]!.requirement - counts[cell]!;
    values[2 * cell] = Math.max(0, gap);
    values[2 * cell + 1] = Math.max(0, -gap);
  }
  return values;
}
