import type { Rng } from '@muster/kernel';
import type { CurtoisMove, CurtoisMoveKind, CurtoisMoveTarget } from './curtois-move.ts';

/** Relative weights of the neighbourhoods; a kind with weight 0 is never chosen. */
export type CurtoisMoveWeights = Readonly<Record<CurtoisMoveKind, number>>;

/** Measured on Instances 6, 8, 9, 12 (docs/decisions/0004): cheap moves for speed, planned ones for structure. */
export const DEFAULT_MOVE_WEIGHTS: CurtoisMoveWeights = { change: 20, swap: 30, 'block-swap': 15, cover: 10, transfer: 15, recreate: 8, 'ruin-recreate': 3, 'swap-repair': 5 };

const TRIES = 8;
const LONGEST_WINDOW = 28;

interface MutableMove {
  kind: CurtoisMoveKind;
  cells: Int32Array;
  length: number;
}

/**
 * Chooses random moves of the Curtois neighbourhoods, into one reused buffer:
 * - change: one cell to another value (a shift the employee may work, or off);
 * - swap: two employees exchange their values on a day;
 * - block-swap: two employees exchange 2–7 consecutive days;
 * - cover: an under-covered (day, shift) gets an employee who may work it;
 * - transfer: a working employee hands the day's shift to one who is off (cover kept);
 * - recreate: a window of one employee's row (or the whole row) is replanned by RowPlanner;
 * - ruin-recreate: the same window of 2–3 employees is emptied, then each is replanned in turn;
 * - swap-repair: two employees swap a day (often one with a broken request), then the days around
 *   it are replanned for both, so that the swap keeps their sequence and minutes rules.
 */
export class CurtoisMoveSelector {
  readonly #problem: CurtoisMoveTarget;
  readonly #move: MutableMove;
  readonly #row: Int16Array;
  readonly #scratch: MutableMove;
  readonly #original: Int16Array;
  readonly #chosen = new Int32Array(3);
  readonly #kinds: CurtoisMoveKind[];
  readonly #cumulative: Float64Array;

  constructor(problem: CurtoisMoveTarget, weights: CurtoisMoveWeights = DEFAULT_MOVE_WEIGHTS) {
    this.#problem = problem;
    const { H } = problem.model;
    this.#move = { kind: 'change', cells: new Int32Array(Math.max(H, 14) * 9), length: 0 };
    this.#row = new Int16Array(H);
    this.#scratch = { kind: 'ruin-recreate', cells: new Int32Array(H * 9), length: 0 };
    this.#original = new Int16Array(H * 3);
    this.#kinds = (Object.keys(weights) as CurtoisMoveKind[]).filter((k) => weights[k] > 0);
    const total = this.#kinds.reduce((sum, k) => sum + weights[k], 0);
    let running = 0;
    this.#cumulative = Float64Array.from(this.#kinds, (k) => (running += weights[k] / total));
  }

  next(rng: Rng): CurtoisMove | undefined {
    const r = rng.next();
    let i = 0;
    while (i < this.#kinds.length - 1 && r >= this.#cumulative[i]!) i++;
    const kind = this.#kinds[i]!;
    this.#move.kind = kind;
    this.#move.length = 0;
    switch (kind) {
      case 'change':
        return this.#change(rng);
      case 'swap':
        return this.#swap(rng);
      case 'block-swap':
        return this.#blockSwap(rng);
      case 'cover':
        return this.#cover(rng);
      case 'transfer':
        return this.#transfer(rng);
      case 'recreate':
        return this.#recreate(rng);
      case 'ruin-recreate':
        return this.#ruinRecreate(rng);
      case 'swap-repair':
        return this.#swapRepair(rng);
    }
  }

  #push(e: number, d: number, value: number): void {
    const m = this.#move;
    m.cells[m.length * 3] = e;
    m.cells[m.length * 3 + 1] = d;
    m.cells[m.length * 3 + 2] = value;
    m.length++;
  }

  #change(rng: Rng): CurtoisMove | undefined {
    const { E, H } = this.#problem.model;
    const e = rng.int(E);
    const d = rng.int(H);
    const allowed = this.#problem.allowed[e]!;
    const choice = rng.int(allowed.length + 1);
    const value = choice === allowed.length ? -1 : allowed[choice]!;
    if (value === this.#problem.roster[e * H + d]) return undefined;
    this.#push(e, d, value);
    return this.#move;
  }

  #swap(rng: Rng): CurtoisMove | undefined {
    const { E, H } = this.#problem.model;
    const roster = this.#problem.roster;
    const e1 = rng.int(E);
    const e2 = rng.int(E);
    const d = rng.int(H);
    const a = roster[e1 * H + d]!;
    const b = roster[e2 * H + d]!;
    if (e1 === e2 || a === b) return undefined;
    this.#push(e1, d, b);
    this.#push(e2, d, a);
    return this.#move;
  }

  #blockSwap(rng: Rng): CurtoisMove | undefined {
    const { E, H } = this.#problem.model;
    const roster = this.#problem.roster;
    const e1 = rng.int(E);
    const e2 = rng.int(E);
    if (e1 === e2) return undefined;
    const length = 2 + rng.int(Math.min(6, H - 1));
    const start = rng.int(H - length + 1);
    let changed = false;
    for (let d = start; d < start + length; d++) {
      const a = roster[e1 * H + d]!;
      const b = roster[e2 * H + d]!;
      if (a === b) continue;
      changed = true;
      this.#push(e1, d, b);
      this.#push(e2, d, a);
    }
    return changed ? this.#move : undefined;
  }

  #cover(rng: Rng): CurtoisMove | undefined {
    const { E, H, S, instance } = this.#problem.model;
    const counts = this.#problem.coverCounts;
    for (let t = 0; t < TRIES; t++) {
      const cell = rng.int(H * S);
      if (counts[cell]! >= instance.cover[cell]!.requirement) continue;
      const d = Math.floor(cell / S);
      const s = cell % S;
      for (let u = 0; u < TRIES; u++) {
        const e = rng.int(E);
        if (instance.staff[e]!.maxShifts[s] === 0 || instance.daysOff[e * H + d] === 1 || this.#problem.roster[e * H + d] === s) continue;
        this.#push(e, d, s);
        return this.#move;
      }
      return undefined;
    }
    return undefined;
  }

  #transfer(rng: Rng): CurtoisMove | undefined {
    const { E, H } = this.#problem.model;
    const roster = this.#problem.roster;
    for (let t = 0; t < TRIES; t++) {
      const e1 = rng.int(E);
      const d = rng.int(H);
      const s = roster[e1 * H + d]!;
      if (s < 0) continue;
      for (let u = 0; u < TRIES; u++) {
        const e2 = rng.int(E);
        if (roster[e2 * H + d]! >= 0 || this.#problem.model.instance.staff[e2]!.maxShifts[s] === 0) continue;
        this.#push(e1, d, -1);
        this.#push(e2, d, s);
        return this.#move;
      }
      return undefined;
    }
    return undefined;
  }

  #recreate(rng: Rng): CurtoisMove | undefined {
    const { E, H } = this.#problem.model;
    const e = this.#brokenRow(rng) ?? rng.int(E);
    const day = rng.int(H);
    // A whole row (at most LONGEST_WINDOW days: the planner's cost grows with the square of the
    // window) or a shorter window around the day.
    const length = rng.next() < 0.3 ? Math.min(H, LONGEST_WINDOW) : Math.min(H, 4 + rng.int(Math.min(H, LONGEST_WINDOW) - 3));
    const from = Math.max(0, Math.min(H - length, day - rng.int(length)));
    const to = from + length;
    const row = this.#row;
    const roster = this.#problem.roster;
    if (!this.#problem.planner.plan(roster, this.#problem.coverCounts, { employee: e, from, to, hardWeight: 10_000, noise: 1, rng }, row)) return undefined;
    for (let d = from; d < to; d++) if (row[d] !== roster[e * H + d]) this.#push(e, d, row[d]!);
    return this.#move.length > 0 ? this.#move : undefined;
  }

  /**
   * While the roster breaks a hard rule, half the time an employee whose row does (up to 4 × TRIES
   * random picks): on Instance24 the few rows left a weekend or a shift over their maximum after
   * construction were otherwise rarely drawn among 150 employees.
   */
  #brokenRow(rng: Rng): number | undefined {
    const problem = this.#problem;
    if (problem.hardTotal === 0 || rng.next() < 0.5) return undefined;
    for (let t = 0; t < 4 * TRIES; t++) {
      const e = rng.int(problem.model.E);
      if (problem.rowHard(e) > 0) return e;
    }
    return undefined;
  }

  #swapRepair(rng: Rng): CurtoisMove | undefined {
    const { E, H, instance } = this.#problem.model;
    const problem = this.#problem;
    const roster = problem.roster;
    let e1 = -1;
    let d = -1;
    // Half the time from a broken request: its employee and day.
    if (rng.next() < 0.5) {
      const requests = rng.next() < 0.5 ? instance.onRequests : instance.offRequests;
      for (let t = 0; t < TRIES && requests.length > 0; t++) {
        const r = requests[rng.int(requests.length)]!;
        const a = roster[r.employee * H + r.day]!;
        if (requests === instance.onRequests ? a !== r.shift : a === r.shift) {
          e1 = r.employee;
          d = r.day;
          break;
        }
      }
    }
    if (e1 < 0) {
      e1 = rng.int(E);
      d = rng.int(H);
    }
    // One day swapped (blocks of 2–4 days measured no better on Instances 6, 8, 9).
    const length = 1;
    const fits = (e: number, f: number): boolean => {
      // Employee f may take employee e's values on the block's days.
      for (let day = d; day < d + length; day++) {
        const v = roster[e * H + day]!;
        if (v >= 0 && (instance.staff[f]!.maxShifts[v] === 0 || instance.daysOff[f * H + day] === 1)) return false;
      }
      return true;
    };
    let e2 = -1;
    for (let t = 0; t < TRIES && e2 < 0; t++) {
      const e = rng.int(E);
      if (e === e1 || !fits(e1, e) || !fits(e, e1)) continue;
      for (let day = d; day < d + length; day++) if (roster[e * H + day] !== roster[e1 * H + day]) e2 = e;
    }
    if (e2 < 0) return undefined;
    const scratch = this.#scratch;
    scratch.length = 0;
    for (let day = d; day < d + length; day++) {
      const a = roster[e1 * H + day]!;
      const b = roster[e2 * H + day]!;
      if (a === b) continue;
      pushTo(scratch, e1, day, b);
      pushTo(scratch, e2, day, a);
    }
    problem.doMove(scratch);
    let frames = 1;
    const row = this.#row;
    const before = 1 + rng.int(6);
    const after = 1 + rng.int(6);
    for (const e of [e1, e2]) {
      for (const [from, to] of [
        [Math.max(0, d - before), d],
        [d + length, Math.min(H, d + length + after)],
      ] as const) {
        if (from >= to || !problem.planner.plan(roster, problem.coverCounts, { employee: e, from, to, hardWeight: 10_000, noise: 1, rng }, row)) continue;
        scratch.length = 0;
        for (let day = from; day < to; day++) if (row[day] !== roster[e * H + day]) pushTo(scratch, e, day, row[day]!);
        if (scratch.length === 0) continue;
        problem.doMove(scratch);
        frames++;
      }
    }
    const lo = Math.max(0, d - before);
    const hi = Math.min(H, d + length + after);
    // The move: every cell of both windows whose value the compound changed.
    const final = this.#original;
    for (let day = lo; day < hi; day++) {
      final[day] = roster[e1 * H + day]!;
      final[H + day] = roster[e2 * H + day]!;
    }
    for (; frames > 0; frames--) problem.undoMove(scratch);
    for (let day = lo; day < hi; day++) {
      if (final[day] !== roster[e1 * H + day]) this.#push(e1, day, final[day]!);
      if (final[H + day] !== roster[e2 * H + day]) this.#push(e2, day, final[H + day]!);
    }
    return this.#move.length > 0 ? this.#move : undefined;
  }

  /** A random employee who may work shift s on day d (allowed, not a day off), or −1. */
  #employeeFor(rng: Rng, d: number, s: number): number {
    const { E, H, instance } = this.#problem.model;
    for (let t = 0; t < TRIES; t++) {
      const e = rng.int(E);
      if (instance.staff[e]!.maxShifts[s]! > 0 && instance.daysOff[e * H + d] === 0) return e;
    }
    return -1;
  }

  #ruinRecreate(rng: Rng): CurtoisMove | undefined {
    const { E, H } = this.#problem.model;
    const problem = this.#problem;
    const roster = problem.roster;
    const k = Math.min(E, 2 + rng.int(2));
    const chosen = this.#chosen;
    const length = rng.next() < 0.2 ? Math.min(H, LONGEST_WINDOW) : Math.min(H, 5 + rng.int(10));
    const from = rng.int(H - length + 1);
    const to = from + length;
    // The others may take over what the first works in the window: each may work one of its shifts.
    chosen[0] = rng.int(E);
    for (let i = 1; i < k; i++) {
      const d = from + rng.int(to - from);
      const s = roster[chosen[0]! * H + d]!;
      let e = -1;
      for (let t = 0; t < TRIES && (e < 0 || chosen.subarray(0, i).includes(e)); t++) e = s >= 0 ? this.#employeeFor(rng, d, s) : rng.int(E);
      if (e < 0 || chosen.subarray(0, i).includes(e)) {
        do e = rng.int(E);
        while (chosen.subarray(0, i).includes(e));
      }
      chosen[i] = e;
    }
    const L = to - from;
    const scratch = this.#scratch;
    scratch.length = 0;
    for (let i = 0; i < k; i++) {
      for (let d = from; d < to; d++) {
        const value = roster[chosen[i]! * H + d]!;
        this.#original[i * L + d - from] = value;
        if (value >= 0) pushTo(scratch, chosen[i]!, d, -1);
      }
    }
    let frames = 0;
    if (scratch.length > 0) {
      problem.doMove(scratch);
      frames++;
    }
    const row = this.#row;
    for (let i = 0; i < k; i++) {
      const e = chosen[i]!;
      if (!problem.planner.plan(roster, problem.coverCounts, { employee: e, from, to, hardWeight: 10_000, noise: 1, rng }, row)) continue;
      scratch.length = 0;
      for (let d = from; d < to; d++) if (row[d] !== roster[e * H + d]) pushTo(scratch, e, d, row[d]!);
      if (scratch.length === 0) continue;
      problem.doMove(scratch);
      frames++;
    }
    for (let i = 0; i < k; i++) {
      for (let d = from; d < to; d++) {
        const value = roster[chosen[i]! * H + d]!;
        if (value !== this.#original[i * L + d - from]) this.#push(chosen[i]!, d, value);
      }
    }
    for (; frames > 0; frames--) problem.undoMove(scratch);
    return this.#move.length > 0 ? this.#move : undefined;
  }
}

function pushTo(m: MutableMove, e: number, d: number, value: number): void {
  m.cells[m.length * 3] = e;
  m.cells[m.length * 3 + 1] = d;
  m.cells[m.length * 3 + 2] = value;
  m.length++;
}
