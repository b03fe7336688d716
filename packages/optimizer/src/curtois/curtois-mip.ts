import { MipBuilder, type MipModel } from '../mip/mip-model.ts';
import type { CurtoisModel } from './curtois-model.ts';
import { coverPenalty, scoreEmployee } from './score-employee.ts';

/**
 * The Curtois & Qu problem restricted to some free cells as a mixed-integer programme: every cell
 * (employee, day) not free keeps its value in `roster`. x[e,d,s] = 1 when free cell (e,d) works
 * shift s. Each hard rule is a set of linear rows (the formulation of Curtois & Qu's paper; minimum
 * runs as "a run that starts on day d lasts m days unless it reaches the horizon"), so any
 * solution of the programme is feasible, and its objective (offset included) equals the
 * evaluator's objective of the completed roster whenever the fixed part is itself feasible.
 */
export interface CurtoisSubproblem {
  readonly mip: MipModel;
  /** The current roster's values of the columns: a feasible start when the roster is feasible. */
  readonly start: Float64Array;
  /** Writes a solution's values into the free cells of `roster`. */
  apply(values: Float64Array, roster: Int16Array): void;
}

interface Expr {
  readonly idx: number[];
  readonly val: number[];
  constant: number;
}

export function curtoisSubproblem(model: CurtoisModel, roster: Int16Array, free: Uint8Array): CurtoisSubproblem {
  const { instance, H, S, E } = model;
  const b = new MipBuilder();
  const xcol = new Int32Array(E * H * S).fill(-1);
  const startValues: number[] = [];
  const column = (cost: number, lower: number, upper: number, integer: boolean, value: number): number => {
    startValues.push(value);
    return b.addColumn(cost, lower, upper, integer);
  };
  const row = { hard: 0, soft: 0 };

  // Columns x and the request terms of every employee with a free cell.
  const employeeFree = new Uint8Array(E);
  for (let e = 0; e < E; e++) {
    const employee = instance.staff[e]!;
    for (let d = 0; d < H; d++) {
      const cell = e * H + d;
      if (free[cell] !== 1) continue;
      employeeFree[e] = 1;
      if (instance.daysOff[cell] === 1) continue;
      for (let s = 0; s < S; s++) if (employee.maxShifts[s]! > 0) xcol[cell * S + s] = column(0, 0, 1, true, roster[cell] === s ? 1 : 0);
    }
    if (employeeFree[e] === 0) {
      b.addConstant(scoreEmployee(model, roster, e, row).soft);
      continue;
    }
    for (let d = 0; d < H; d++) {
      const cell = e * H + d;
      for (let k = model.requestStart[cell]!; k < model.requestStart[cell + 1]!; k++) {
        const w = model.requestWeight[k]!;
        const s = model.requestShift[k]!;
        if (free[cell] !== 1) {
          const a = roster[cell]!;
          if (w > 0 ? a !== s : a === s) b.addConstant(Math.abs(w));
          continue;
        }
        const j = xcol[cell * S + s]!;
        if (w > 0) {
          b.addConstant(w); // w·(1 − x)
          if (j >= 0) b.addCost(j, -w);
        } else if (j >= 0) b.addCost(j, -w);
      }
    }
  }

  /** Adds coefficient × [cell works shift s] to expr: its column when the cell is free, else a constant. */
  const addShift = (expr: Expr, cell: number, s: number, coefficient = 1): void => {
    if (free[cell] === 1) {
      const j = xcol[cell * S + s]!;
      if (j >= 0) {
        expr.idx.push(j);
        expr.val.push(coefficient);
      }
    } else if (roster[cell] === s) expr.constant += coefficient;
  };
  const worked = (e: number, d: number): Expr => {
    const expr: Expr = { idx: [], val: [], constant: 0 };
    for (let s = 0; s < S; s++) addShift(expr, e * H + d, s);
    return expr;
  };
  const rowOf = (terms: readonly (readonly [Expr, number])[], lower: number, upper: number): void => {
    const idx: number[] = [];
    const val: number[] = [];
    let constant = 0;
    for (const [expr, sign] of terms) {
      constant += sign * expr.constant;
      for (let k = 0; k < expr.idx.length; k++) {
        idx.push(expr.idx[k]!);
        val.push(sign * expr.val[k]!);
      }
    }
    const merged = merge(idx, val);
    if (merged.idx.length === 0) return; // all fixed: the fixed roster decides
    b.addRow(merged.idx, merged.val, lower - constant, upper - constant);
  };

  for (let e = 0; e < E; e++) {
    if (employeeFree[e] === 0) continue;
    const employee = instance.staff[e]!;
    const base = e * H;
    const w = Array.from({ length: H }, (_, d) => worked(e, d));
    // One shift a day.
    for (let d = 0; d < H; d++) if (w[d]!.idx.length > 1) rowOf([[w[d]!, 1]], -Infinity, 1);
    // Shifts per type and total minutes.
    const minutes: Expr = { idx: [], val: [], constant: 0 };
    for (let s = 0; s < S; s++) {
      const count: Expr = { idx: [], val: [], constant: 0 };
      for (let d = 0; d < H; d++) {
        addShift(count, base + d, s);
        addShift(minutes, base + d, s, instance.shifts[s]!.minutes);
      }
      if (employee.maxShifts[s]! > 0) rowOf([[count, 1]], -Infinity, employee.maxShifts[s]!);
    }
    rowOf([[minutes, 1]], employee.minTotalMinutes, employee.maxTotalMinutes);
    // Rotation: shift s on day d excludes every shift t forbidden after it on day d + 1.
    for (let d = 0; d + 1 < H; d++) {
      if (free[base + d] !== 1 && free[base + d + 1] !== 1) continue;
      for (let s = 0; s < S; s++) {
        const today: Expr = { idx: [], val: [], constant: 0 };
        addShift(today, base + d, s);
        if (today.idx.length === 0 && today.constant === 0) continue;
        const tomorrow: Expr = { idx: [], val: [], constant: 0 };
        for (let t = 0; t < S; t++) if (instance.forbiddenNext[s * S + t] === 1) addShift(tomorrow, base + d + 1, t);
        if (tomorrow.idx.length + tomorrow.constant === 0) continue;
        rowOf(
          [
            [today, 1],
            [tomorrow, 1],
          ],
          -Infinity,
          1,
        );
      }
    }
    const anyFree = (from: number, to: number): boolean => {
      for (let d = Math.max(0, from); d <= Math.min(H - 1, to); d++) if (free[base + d] === 1) return true;
      return false;
    };
    // At most C working days in any C + 1 consecutive days.
    const C = employee.maxConsecutiveShifts;
    for (let a = 0; a + C < H; a++) {
      if (!anyFree(a, a + C)) continue;
      const terms: [Expr, number][] = [];
      for (let d = a; d <= a + C; d++) terms.push([w[d]!, 1]);
      rowOf(terms, -Infinity, C);
    }
    // A run of work (or of days off) that starts on day d ≥ 1 lasts m days unless it reaches the horizon.
    for (let d = 1; d < H; d++) {
      for (let j = 1; j < employee.minConsecutiveShifts && d + j < H; j++) {
        if (free[base + d] === 1 || free[base + d - 1] === 1 || free[base + d + j] === 1)
          rowOf(
            [
              [w[d]!, 1],
              [w[d - 1]!, -1],
              [w[d + j]!, -1],
            ],
            -Infinity,
            0,
          );
      }
      for (let j = 1; j < employee.minConsecutiveDaysOff && d + j < H; j++) {
        if (free[base + d] === 1 || free[base + d - 1] === 1 || free[base + d + j] === 1)
          rowOf(
            [
              [w[d]!, -1],
              [w[d - 1]!, 1],
              [w[d + j]!, 1],
            ],
            -Infinity,
            1,
          );
      }
    }
    // Weekends: y = 1 when Saturday or Sunday is worked.
    const weekends: Expr = { idx: [], val: [], constant: 0 };
    for (let sun = 6; sun < H; sun += 7) {
      const sat = sun - 1;
      if (free[base + sat] === 1 || free[base + sun] === 1) {
        const y = column(0, 0, 1, false, roster[base + sat]! >= 0 || roster[base + sun]! >= 0 ? 1 : 0);
        for (const day of [sat, sun])
          rowOf(
            [
              [single(y), 1],
              [w[day]!, -1],
            ],
            0,
            Infinity,
          );
        weekends.idx.push(y);
        weekends.val.push(1);
      } else if (roster[base + sat]! >= 0 || roster[base + sun]! >= 0) weekends.constant++;
    }
    rowOf([[weekends, 1]], -Infinity, employee.maxWeekends);
  }

  // Cover: n + under − over = requirement, priced per unit.
  for (let d = 0; d < H; d++) {
    for (let s = 0; s < S; s++) {
      const onShift: Expr = { idx: [], val: [], constant: 0 };
      for (let e = 0; e < E; e++) addShift(onShift, e * H + d, s);
      if (onShift.idx.length === 0) {
        b.addConstant(coverPenalty(model, d, s, onShift.constant));
        continue;
      }
      const cover = instance.cover[d * S + s]!;
      let n = onShift.constant;
      for (const j of onShift.idx) n += startValues[j]!;
      const under = column(cover.weightUnder, 0, Infinity, false, Math.max(0, cover.requirement - n));
      const over = column(cover.weightOver, 0, Infinity, false, Math.max(0, n - cover.requirement));
      rowOf(
        [
          [onShift, 1],
          [single(under), 1],
          [single(over), -1],
        ],
        cover.requirement,
        cover.requirement,
      );
    }
  }

  return {
    mip: b.build(),
    start: Float64Array.from(startValues),
    apply(values: Float64Array, target: Int16Array): void {
      for (let cell = 0; cell < E * H; cell++) {
        if (free[cell] !== 1) continue;
        let value = -1;
        for (let s = 0; s < S; s++) {
          const j = xcol[cell * S + s]!;
          if (j >= 0 && values[j]! > 0.5) value = s;
        }
        target[cell] = value;
      }
    },
  };
}

function single(column: number): Expr {
  return { idx: [column], val: [1], constant: 0 };
}

// A column may appear twice in a row's terms: sum its coefficients.
function merge(idx: readonly number[], val: readonly number[]): { idx: number[]; val: number[] } {
  const sums = new Map<number, number>();
  for (let k = 0; k < idx.length; k++) sums.set(idx[k]!, (sums.get(idx[k]!) ?? 0) + val[k]!);
  const out = { idx: [] as number[], val: [] as number[] };
  for (const [j, v] of sums) {
    if (v === 0) continue;
    out.idx.push(j);
    out.val.push(v);
  }
  return out;
}
