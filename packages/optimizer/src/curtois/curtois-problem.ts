import type { Rng } from '@muster/kernel';
import type { Score } from '../search/score.ts';
import type { SearchProblem } from '../search/search-problem.ts';
import type { CurtoisModel } from './curtois-model.ts';
import { coverCounts } from './evaluate-curtois.ts';
import { type RowScore, coverPenalty, scoreEmployee } from './score-employee.ts';

/**
 * A move: cell changes to apply, each (employee, day, new value); `previous` is filled when done,
 * with the touched rows' old scores, so that undo restores everything exactly.
 */
export interface CurtoisMove {
  readonly kind: 'change' | 'swap' | 'block-swap';
  readonly cells: Int32Array; // flat triples: e, d, value
  previous?: { values: Int16Array; rows: Int32Array; hard: Float64Array; soft: Float64Array };
}

/**
 * The Curtois & Qu roster as a search problem. The score is kept incrementally and partitioned by
 * employee: a move rescores only the rows it touches (with the same scoreEmployee the evaluator
 * uses) and updates only the cover cells it touches.
 */
export class CurtoisProblem implements SearchProblem<CurtoisMove> {
  readonly model: CurtoisModel;
  readonly roster: Int16Array;
  readonly #rowHard: Float64Array;
  readonly #rowSoft: Float64Array;
  readonly #coverCounts: Int32Array;
  #hard = 0;
  #rowsSoft = 0;
  #cover = 0;
  #best: Int16Array;
  readonly #row: RowScore = { hard: 0, soft: 0 };
  /** allowed[e] = shift indices employee e may ever work (MaxShifts > 0). */
  readonly #allowed: readonly Int16Array[];

  constructor(model: CurtoisModel, initial?: Int16Array) {
    this.model = model;
    this.roster = initial ? Int16Array.from(initial) : new Int16Array(model.E * model.H).fill(-1);
    this.#rowHard = new Float64Array(model.E);
    this.#rowSoft = new Float64Array(model.E);
    this.#coverCounts = new Int32Array(model.H * model.S);
    this.#allowed = model.instance.staff.map((employee) => Int16Array.from(employee.maxShifts.flatMap((max, s) => (max > 0 ? [s] : []))));
    this.#best = Int16Array.from(this.roster);
    this.#initialise();
  }

  #initialise(): void {
    const { E, H, S } = this.model;
    this.#coverCounts.fill(0);
    for (let e = 0; e < E; e++) for (let d = 0; d < H; d++) if (this.roster[e * H + d]! >= 0) this.#coverCounts[d * S + this.roster[e * H + d]!]!++;
    this.#hard = 0;
    this.#rowsSoft = 0;
    for (let e = 0; e < E; e++) {
      scoreEmployee(this.model, this.roster, e, this.#row);
      this.#rowHard[e] = this.#row.hard;
      this.#rowSoft[e] = this.#row.soft;
      this.#hard += this.#row.hard;
      this.#rowsSoft += this.#row.soft;
    }
    this.#cover = 0;
    for (let d = 0; d < H; d++) for (let s = 0; s < S; s++) this.#cover += coverPenalty(this.model, d, s, this.#coverCounts[d * S + s]!);
  }

  score(): Score {
    return { hard: this.#hard, soft: this.#rowsSoft + this.#cover };
  }

  randomMove(rng: Rng): CurtoisMove | undefined {
    const { E, H } = this.model;
    const r = rng.next();
    if (r < 0.45) {
      const e = rng.int(E);
      const d = rng.int(H);
      const allowed = this.#allowed[e]!;
      const choice = rng.int(allowed.length + 1);
      const value = choice === allowed.length ? -1 : allowed[choice]!;
      if (value === this.roster[e * H + d]) return undefined;
      return { kind: 'change', cells: Int32Array.of(e, d, value) };
    }
    const e1 = rng.int(E);
    const e2 = rng.int(E);
    if (e1 === e2) return undefined;
    if (r < 0.85) {
      const d = rng.int(H);
      const a = this.roster[e1 * H + d]!;
      const b = this.roster[e2 * H + d]!;
      if (a === b) return undefined;
      return { kind: 'swap', cells: Int32Array.of(e1, d, b, e2, d, a) };
    }
    const length = 2 + rng.int(Math.min(7, H - 1));
    const start = rng.int(H - length + 1);
    const cells = new Int32Array(length * 6);
    let changed = false;
    for (let i = 0; i < length; i++) {
      const d = start + i;
      const a = this.roster[e1 * H + d]!;
      const b = this.roster[e2 * H + d]!;
      if (a !== b) changed = true;
      cells.set([e1, d, b, e2, d, a], i * 6);
    }
    return changed ? { kind: 'block-swap', cells } : undefined;
  }

  doMove(move: CurtoisMove): void {
    const { H } = this.model;
    const n = move.cells.length / 3;
    const values = new Int16Array(n);
    const rows: number[] = [];
    for (let i = 0; i < n; i++) {
      const e = move.cells[i * 3]!;
      const d = move.cells[i * 3 + 1]!;
      const value = move.cells[i * 3 + 2]!;
      const old = this.roster[e * H + d]!;
      values[i] = old;
      if (old >= 0) this.#setCover(d, old, -1);
      if (value >= 0) this.#setCover(d, value, +1);
      this.roster[e * H + d] = value;
      if (!rows.includes(e)) rows.push(e);
    }
    const hard = new Float64Array(rows.length);
    const soft = new Float64Array(rows.length);
    rows.forEach((e, i) => {
      hard[i] = this.#rowHard[e]!;
      soft[i] = this.#rowSoft[e]!;
      this.#rescore(e);
    });
    move.previous = { values, rows: Int32Array.from(rows), hard, soft };
  }

  undoMove(move: CurtoisMove): void {
    const previous = move.previous!;
    const { H } = this.model;
    for (let i = move.cells.length / 3 - 1; i >= 0; i--) {
      const e = move.cells[i * 3]!;
      const d = move.cells[i * 3 + 1]!;
      const now = this.roster[e * H + d]!;
      const old = previous.values[i]!;
      if (now >= 0) this.#setCover(d, now, -1);
      if (old >= 0) this.#setCover(d, old, +1);
      this.roster[e * H + d] = old;
    }
    previous.rows.forEach((e, i) => {
      this.#hard += previous.hard[i]! - this.#rowHard[e]!;
      this.#rowsSoft += previous.soft[i]! - this.#rowSoft[e]!;
      this.#rowHard[e] = previous.hard[i]!;
      this.#rowSoft[e] = previous.soft[i]!;
    });
  }

  recomputeScore(): Score {
    // From nothing: every row rescored and cover counted afresh, with the evaluator's functions.
    const { E, H, S } = this.model;
    const row: RowScore = { hard: 0, soft: 0 };
    let hard = 0;
    let soft = 0;
    for (let e = 0; e < E; e++) {
      scoreEmployee(this.model, this.roster, e, row);
      hard += row.hard;
      soft += row.soft;
    }
    const counts = coverCounts(this.model, this.roster);
    for (let d = 0; d < H; d++) for (let s = 0; s < S; s++) soft += coverPenalty(this.model, d, s, counts[d * S + s]!);
    return { hard, soft };
  }

  explainDifference(): string {
    const { E, H, S } = this.model;
    const row: RowScore = { hard: 0, soft: 0 };
    for (let e = 0; e < E; e++) {
      scoreEmployee(this.model, this.roster, e, row);
      if (row.hard !== this.#rowHard[e] || row.soft !== this.#rowSoft[e]) {
        return `employee ${this.model.instance.staff[e]!.id}: kept ${this.#rowHard[e]}hard/${this.#rowSoft[e]}soft, actual ${row.hard}hard/${row.soft}soft`;
      }
    }
    const counts = new Int32Array(H * S);
    for (let e = 0; e < E; e++) for (let d = 0; d < H; d++) if (this.roster[e * H + d]! >= 0) counts[d * S + this.roster[e * H + d]!]!++;
    for (let cell = 0; cell < H * S; cell++) {
      if (counts[cell] !== this.#coverCounts[cell])
        return `cover of day ${Math.floor(cell / S)} shift ${this.model.instance.shifts[cell % S]!.id}: kept ${this.#coverCounts[cell]}, actual ${counts[cell]}`;
    }
    return 'the totals differ from the sum of rows and cover cells';
  }

  saveBest(): void {
    this.#best.set(this.roster);
  }

  restoreBest(): void {
    this.roster.set(this.#best);
    this.#initialise();
  }

  #setCover(d: number, s: number, delta: number): void {
    const cell = d * this.model.S + s;
    const n = this.#coverCounts[cell]!;
    this.#cover += coverPenalty(this.model, d, s, n + delta) - coverPenalty(this.model, d, s, n);
    this.#coverCounts[cell] = n + delta;
  }

  #rescore(e: number): void {
    scoreEmployee(this.model, this.roster, e, this.#row);
    this.#hard += this.#row.hard - this.#rowHard[e]!;
    this.#rowsSoft += this.#row.soft - this.#rowSoft[e]!;
    this.#rowHard[e] = this.#row.hard;
    this.#rowSoft[e] = this.#row.soft;
  }
}
