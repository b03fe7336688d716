import type { CurtoisModel } from './curtois-model.ts';
import type { RowPlanner } from './row-planner.ts';

export type CurtoisMoveKind = 'change' | 'swap' | 'block-swap' | 'cover' | 'transfer' | 'recreate' | 'ruin-recreate' | 'swap-repair';

/**
 * A move: `length` cell changes `(employee, day, new value)` as flat triples in `cells`. Moves
 * returned by {@link CurtoisProblem.randomMove} are reused buffers, valid until the next call;
 * undo information is kept by the problem (at least the last {@link UNDO_DEPTH} moves can be undone,
 * newest first).
 */
export interface CurtoisMove {
  readonly kind: CurtoisMoveKind;
  readonly cells: Int32Array;
  readonly length: number;
}

/** What the move selector reads and does on the problem (CurtoisProblem provides it). */
export interface CurtoisMoveTarget {
  readonly model: CurtoisModel;
  readonly roster: Int16Array;
  /** allowed[e] = shift indices employee e may ever work. */
  readonly allowed: readonly Int16Array[];
  readonly planner: RowPlanner;
  readonly coverCounts: Int32Array;
  /** The roster's hard total, and one row's hard amount (0: the row keeps every hard rule). */
  readonly hardTotal: number;
  rowHard(e: number): number;
  doMove(move: CurtoisMove): void;
  undoMove(move: CurtoisMove): void;
}
