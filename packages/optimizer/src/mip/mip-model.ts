/**
 * A mixed-integer linear programme in row form, independent of any solver:
 * minimise offset + colCost·x subject to rowLower ≤ A·x ≤ rowUpper and colLower ≤ x ≤ colUpper,
 * with x integer where `integer[j]` is 1. A is stored row by row (CSR).
 */
export interface MipModel {
  readonly numCols: number;
  readonly numRows: number;
  readonly offset: number;
  readonly colCost: Float64Array;
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  readonly integer: Uint8Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  readonly rowStart: Int32Array;
  readonly rowIndex: Int32Array;
  readonly rowValue: Float64Array;
}

export interface MipSolveOptions {
  /** Wall-clock limit for this solve, seconds. */
  readonly timeLimitSeconds: number;
  readonly seed?: number;
  /** A feasible start (one value per column), when one is known. */
  readonly start?: Float64Array;
  /**
   * A linear programme's warm start: a previous solve's basis (columns beyond it start nonbasic at
   * their lower bound); the solve continues from it by primal simplex, as after adding columns.
   */
  readonly basis?: LpBasis;
}

/**
 * A simplex basis: a status per column and per row (0 at lower bound, 1 basic, 2 at upper bound,
 * 3 zero, 4 nonbasic — HiGHS's codes).
 */
export interface LpBasis {
  readonly colStatus: Int32Array;
  readonly rowStatus: Int32Array;
}

export type MipStatus = 'optimal' | 'feasible' | 'infeasible' | 'no-solution';

export interface MipResult {
  /** optimal: proven; feasible: a solution without proof (time limit); no-solution: none found in time. */
  readonly status: MipStatus;
  readonly values?: Float64Array;
  readonly objective?: number;
  /**
   * For a linear programme (no integer column) solved to optimality: one dual value per row, with
   * the reduced cost of column j = colCost[j] − Σ_i rowDuals[i]·A[i,j] (minimisation).
   */
  readonly rowDuals?: Float64Array;
  /** For a linear programme solved to optimality: its final basis (a warm start for the next solve). */
  readonly basis?: LpBasis;
  readonly seconds: number;
}

/** A MIP solver, injected into the pure core (the HiGHS adapter lives in optimizer/mip). */
export interface MipSolver {
  solve(model: MipModel, options: MipSolveOptions): MipResult;
}

/** Builds a MipModel one column and one row at a time. */
export class MipBuilder {
  readonly #cost: number[] = [];
  readonly #lower: number[] = [];
  readonly #upper: number[] = [];
  readonly #integer: number[] = [];
  readonly #rowLower: number[] = [];
  readonly #rowUpper: number[] = [];
  readonly #rowStart: number[] = [0];
  readonly #rowIndex: number[] = [];
  readonly #rowValue: number[] = [];
  #offset = 0;

  get numCols(): number {
    return this.#cost.length;
  }

  get numRows(): number {
    return this.#rowLower.length;
  }

  addConstant(value: number): void {
    this.#offset += value;
  }

  /** Adds a column and returns its index. */
  addColumn(cost: number, lower: number, upper: number, integer: boolean): number {
    this.#cost.push(cost);
    this.#lower.push(lower);
    this.#upper.push(upper);
    this.#integer.push(integer ? 1 : 0);
    return this.#cost.length - 1;
  }

  /** Adds `delta` to column j's objective coefficient. */
  addCost(j: number, delta: number): void {
    this.#cost[j] = this.#cost[j]! + delta;
  }

  /** Adds lower ≤ Σ values[k]·x[indices[k]] ≤ upper (use ±Infinity for a missing side). */
  addRow(indices: readonly number[], values: readonly number[], lower: number, upper: number): void {
    for (let k = 0; k < indices.length; k++) {
      this.#rowIndex.push(indices[k]!);
      this.#rowValue.push(values[k]!);
    }
    this.#rowStart.push(this.#rowIndex.length);
    this.#rowLower.push(lower);
    this.#rowUpper.push(upper);
  }

  build(): MipModel {
    return {
      numCols: this.numCols,
      numRows: this.numRows,
      offset: this.#offset,
      colCost: Float64Array.from(this.#cost),
      colLower: Float64Array.from(this.#lower),
      colUpper: Float64Array.from(this.#upper),
      integer: Uint8Array.from(this.#integer),
      rowLower: Float64Array.from(this.#rowLower),
      rowUpper: Float64Array.from(this.#rowUpper),
      rowStart: Int32Array.from(this.#rowStart),
      rowIndex: Int32Array.from(this.#rowIndex),
      rowValue: Float64Array.from(this.#rowValue),
    };
  }
}
