import { type Rng, invariant } from '@muster/kernel';
import type { AcceptorOptions } from '../search/acceptor.ts';
import type { Score } from '../search/score.ts';
import type { SearchProblem } from '../search/search-problem.ts';
import type { CurtoisModel } from './curtois-model.ts';
import type { CurtoisMove } from './curtois-move.ts';
import { CurtoisMoveSelector, type CurtoisMoveWeights, DEFAULT_MOVE_WEIGHTS } from './curtois-move-selector.ts';
import { coverCounts } from './evaluate-curtois.ts';
import { RowPlanner } from './row-planner.ts';
import { type RowScore, coverPenalty, scoreEmployee } from './score-employee.ts';

/** The neighbourhoods of the Curtois search (see curtois-move-selector.ts). */
export type { CurtoisMove, CurtoisMoveKind } from './curtois-move.ts';

/** How many of the latest moves can surely be undone, newest first (the journal keeps up to twice as many). */
export const UNDO_DEPTH = 1024;

/**
 * Simulated annealing from 100 to 0.2 soft points (one under-covered cell costs 100, a request
 * 1–3): it beat late acceptance (history 5000) in 11 of 12 runs on Instances 6, 8, 9, 12,
 * and start temperatures 25 and 50 on average (docs/decisions/0004).
 */
const CURTOIS_ACCEPTOR: AcceptorOptions = { kind: 'simulated-annealing', startTemperature: 100, endTemperature: 0.2 };

/** Longest window the construction heuristic plans at once (days). */
const CONSTRUCTION_WINDOW = 84;
/**
 * The first construction pass on the largest instances (days × employees × shift types above
 * LARGE_INSTANCE_SIZE: Instance24 alone, 1.75 M) plans 28-day windows and is not cut at the
 * construction's share of the time. Measured on Instance24 (60 s, 2 threads): 84-day windows take
 * 26 s a pass (28-day: 12.6 s) and runs ended with 51–264 hard violations; with both changes, with
 * none. On Instance23 (0.62 M) either change doubled the final objective (36–39 k → 78–85 k), so
 * they stop at the largest size.
 */
const FIRST_PASS_WINDOW = 28;
const LARGE_INSTANCE_SIZE = 1_000_000;

/** Soft points per hard unit when the construction heuristic and the planner compare rows. */
const PLANNING_HARD_WEIGHT = 10_000;

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
  readonly #best: Int16Array;
  readonly #row: RowScore = { hard: 0, soft: 0 };
  readonly #givenInitial: boolean;
  /** allowed[e] = shift indices employee e may ever work (MaxShifts > 0). */
  readonly allowed: readonly Int16Array[];
  readonly planner: RowPlanner;
  readonly preferredAcceptor: AcceptorOptions = CURTOIS_ACCEPTOR;
  readonly #selector: CurtoisMoveSelector;
  // Undo journal: per frame, where its cells and rows start; cells as (flat index, old value).
  #frameCell = new Int32Array(2 * UNDO_DEPTH + 1);
  #frameRow = new Int32Array(2 * UNDO_DEPTH + 1);
  #frames = 0;
  #jCells = new Int32Array(1024);
  #jRows = new Int32Array(256);
  #jHard = new Float64Array(256);
  #jSoft = new Float64Array(256);
  readonly #touched: Int32Array;

  /**
   * @param initial a starting roster (shift index or −1 per `e*H + d`); without one, the roster
   * starts all off and solve() runs the construction heuristic.
   * @param options.moveWeights relative weights of the neighbourhoods (default DEFAULT_MOVE_WEIGHTS).
   */
  constructor(model: CurtoisModel, initial?: Int16Array, options: { readonly moveWeights?: Partial<CurtoisMoveWeights> } = {}) {
    this.model = model;
    this.roster = initial ? Int16Array.from(initial) : new Int16Array(model.E * model.H).fill(-1);
    this.#givenInitial = initial !== undefined;
    this.#rowHard = new Float64Array(model.E);
    this.#rowSoft = new Float64Array(model.E);
    this.#coverCounts = new Int32Array(model.H * model.S);
    this.allowed = model.allowedShifts;
    this.planner = new RowPlanner(model, this.allowed);
    this.#selector = new CurtoisMoveSelector(this, { ...DEFAULT_MOVE_WEIGHTS, ...options.moveWeights });
    this.#touched = new Int32Array(model.E).fill(-1);
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
    this.#frames = 0;
  }

  score(): Score {
    return { hard: this.#hard, soft: this.#rowsSoft + this.#cover };
  }

  /** Employees on each (day, shift): counts[d*S + s]. Read only. */
  get coverCounts(): Int32Array {
    return this.#coverCounts;
  }

  /** The roster's hard total (0: feasible), without building a Score. */
  get hardTotal(): number {
    return this.#hard;
  }

  /** The hard amount of employee e's row as last scored. */
  rowHard(e: number): number {
    return this.#rowHard[e]!;
  }

  /**
   * Construction heuristic: when the problem was made without an initial roster, plans every
   * employee's whole row in turn (cover-driven, keeping the sequence rules; see RowPlanner) until a
   * pass improves nothing, or until `shouldStop` says so (checked before each employee). Does
   * nothing when an initial roster was given.
   */
  constructionHeuristic(rng: Rng, shouldStop?: () => boolean, mustStop?: () => boolean): void {
    if (this.#givenInitial) return;
    const { E, H } = this.model;
    const order = Array.from({ length: E }, (_, e) => e);
    const row = new Int16Array(H);
    const cells = new Int32Array(H * 3);
    // On the largest instances the first pass plans every row once (28-day windows) even past the
    // construction's share of the time — an unplanned row is empty and breaks the minimum minutes,
    // more than local search repairs there — and only the time limit or a cancel (mustStop) ends it
    // early. Elsewhere every pass stops at the share (shouldStop).
    const large = H * E * this.model.S > LARGE_INSTANCE_SIZE;
    const stop = (pass: number): boolean => (pass === 0 && large ? mustStop?.() : shouldStop?.()) === true;
    for (let pass = 0; pass < 5 && !stop(pass); pass++) {
      for (let i = E - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      let improved = false;
      for (const e of order) {
        if (stop(pass)) break;
        // Whole rows up to CONSTRUCTION_WINDOW days; longer ones window by window (the planner's
        // memory and time grow with window length × minutes values).
        const length = pass === 0 && large ? FIRST_PASS_WINDOW : CONSTRUCTION_WINDOW;
        for (let from = 0; from < H; from += length) {
          const to = Math.min(H, from + length);
          row.set(this.roster.subarray(e * H, e * H + H));
          // The first pass plans rows from empty, window by window: each keeps its share of the bounds.
          const share = pass === 0 && to < H ? { share: to / H } : {};
          if (!this.planner.plan(this.roster, this.#coverCounts, { employee: e, from, to, hardWeight: PLANNING_HARD_WEIGHT, ...share }, row)) continue;
          let n = 0;
          for (let d = from; d < to; d++) if (row[d] !== this.roster[e * H + d]) cells.set([e, d, row[d]!], 3 * n++);
          if (n === 0) continue;
          const before = this.score();
          const move: CurtoisMove = { kind: 'recreate', cells, length: n };
          this.doMove(move);
          const after = this.score();
          if (after.hard * PLANNING_HARD_WEIGHT + after.soft < before.hard * PLANNING_HARD_WEIGHT + before.soft) improved = true;
          else this.undoMove(move);
        }
      }
      if (!improved) break;
    }
    this.#frames = 0;
    this.saveBest();
  }

  randomMove(rng: Rng): CurtoisMove | undefined {
    return this.#selector.next(rng);
  }

  doMove(move: CurtoisMove): void {
    const { H, S } = this.model;
    if (this.#frames === 2 * UNDO_DEPTH) this.#forgetOldFrames();
    const cellStart = this.#frameCell[this.#frames]!;
    const rowStart = this.#frameRow[this.#frames]!;
    let nc = cellStart;
    let nr = rowStart;
    if (this.#jCells.length < cellStart + 2 * move.length) this.#jCells = grow(this.#jCells, cellStart + 2 * move.length);
    if (this.#jRows.length < rowStart + move.length) {
      this.#jRows = grow(this.#jRows, rowStart + move.length);
      this.#jHard = growFloat(this.#jHard, this.#jRows.length);
      this.#jSoft = growFloat(this.#jSoft, this.#jRows.length);
    }
    const cells = move.cells;
    for (let i = 0; i < move.length; i++) {
      const e = cells[i * 3]!;
      const d = cells[i * 3 + 1]!;
      const value = cells[i * 3 + 2]!;
      const at = e * H + d;
      const old = this.roster[at]!;
      this.#jCells[nc++] = at;
      this.#jCells[nc++] = old;
      if (old === value) continue;
      if (old >= 0) this.#setCover(d * S + old, -1);
      if (value >= 0) this.#setCover(d * S + value, +1);
      this.roster[at] = value;
      if (this.#touched[e] !== this.#frames) {
        this.#touched[e] = this.#frames;
        this.#jRows[nr] = e;
        this.#jHard[nr] = this.#rowHard[e]!;
        this.#jSoft[nr] = this.#rowSoft[e]!;
        nr++;
      }
    }
    for (let r = rowStart; r < nr; r++) this.#rescore(this.#jRows[r]!);
    this.#frames++;
    this.#frameCell[this.#frames] = nc;
    this.#frameRow[this.#frames] = nr;
  }

  undoMove(_move: CurtoisMove): void {
    invariant(this.#frames > 0, `undo of a move that is not among the last ${UNDO_DEPTH} done`);
    const { H, S } = this.model;
    this.#frames--;
    const cellStart = this.#frameCell[this.#frames]!;
    const rowStart = this.#frameRow[this.#frames]!;
    for (let j = this.#frameCell[this.#frames + 1]! - 2; j >= cellStart; j -= 2) {
      const at = this.#jCells[j]!;
      const old = this.#jCells[j + 1]!;
      const now = this.roster[at]!;
      if (now === old) continue;
      const d = at % H;
      if (now >= 0) this.#setCover(d * S + now, -1);
      if (old >= 0) this.#setCover(d * S + old, +1);
      this.roster[at] = old;
    }
    for (let r = rowStart; r < this.#frameRow[this.#frames + 1]!; r++) {
      const e = this.#jRows[r]!;
      this.#hard += this.#jHard[r]! - this.#rowHard[e]!;
      this.#rowsSoft += this.#jSoft[r]! - this.#rowSoft[e]!;
      this.#rowHard[e] = this.#jHard[r]!;
      this.#rowSoft[e] = this.#jSoft[r]!;
      this.#touched[e] = -1;
    }
  }

  /** Keeps the newest UNDO_DEPTH frames of the journal. */
  #forgetOldFrames(): void {
    const drop = this.#frames - UNDO_DEPTH;
    const cellShift = this.#frameCell[drop]!;
    const rowShift = this.#frameRow[drop]!;
    this.#jCells.copyWithin(0, cellShift, this.#frameCell[this.#frames]!);
    this.#jRows.copyWithin(0, rowShift, this.#frameRow[this.#frames]!);
    this.#jHard.copyWithin(0, rowShift, this.#frameRow[this.#frames]!);
    this.#jSoft.copyWithin(0, rowShift, this.#frameRow[this.#frames]!);
    for (let f = 0; f <= UNDO_DEPTH; f++) {
      this.#frameCell[f] = this.#frameCell[f + drop]! - cellShift;
      this.#frameRow[f] = this.#frameRow[f + drop]! - rowShift;
    }
    this.#frames = UNDO_DEPTH;
    this.#touched.fill(-1);
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

  #setCover(cell: number, delta: number): void {
    const c = this.model.instance.cover[cell]!;
    const n = this.#coverCounts[cell]!;
    // Under-cover costs weightUnder per missing employee, over-cover weightOver per extra one.
    this.#cover += delta > 0 ? (n < c.requirement ? -c.weightUnder : c.weightOver) : n <= c.requirement ? c.weightUnder : -c.weightOver;
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

function grow(a: Int32Array<ArrayBuffer>, atLeast: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(atLeast, a.length * 2));
  b.set(a);
  return b;
}

function growFloat(a: Float64Array<ArrayBuffer>, atLeast: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(Math.max(atLeast, a.length * 2));
  b.set(a);
  return b;
}
