import { type Clock, type Rng } from '@muster/kernel';
import type { MipSolver } from '../mip/mip-model.ts';
import type { CurtoisModel } from './curtois-model.ts';
import { curtoisSubproblem } from './curtois-mip.ts';
import { evaluateCurtois } from './evaluate-curtois.ts';

export type MipNeighbourhood = 'employees' | 'days' | 'block' | 'guided';

export interface MipLnsOptions {
  readonly rng: Rng;
  readonly clock: Clock;
  /** Stop when the clock reaches this instant (ms). */
  readonly deadline: number;
  readonly shouldStop?: () => boolean;
  /** Called with the objective after each improvement. */
  readonly onImprove?: (objective: number) => void;
  /**
   * An LP solution to guide the search (ColumnGenerationResult.lpCells): its weight on each value
   * of each cell, per `(e*H + d)*(S + 1) + v` with v = the shift index, or S for a day off. With it,
   * a share of the subproblems free the cells where the roster departs from the LP (see 'guided').
   */
  readonly guide?: Float32Array;
}

/** Per-subproblem time limit, seconds. */
const SUBPROBLEM_SECONDS = 2;

export interface MipLnsResult {
  readonly objective: number;
  readonly subproblems: number;
  /** Subproblems tried and improvements found, by neighbourhood. */
  readonly byNeighbourhood: Readonly<Record<MipNeighbourhood, { tried: number; improved: number }>>;
}

/**
 * Neighbourhoods and how often each is drawn: on Instances 6, 8, 10 and 12 (20 s of local search,
 * then 40 s), a window of days for everyone improved the roster in 27 % of subproblems, a block
 * of employees × days in 20 %, whole rows of a few employees in 4 %.
 */
const NEIGHBOURHOODS: readonly (readonly [MipNeighbourhood, number])[] = [
  ['days', 0.45],
  ['block', 0.4],
  ['employees', 0.15],
];

/**
 * With an LP guide, the share of subproblems that free the cells where the roster departs from the
 * LP solution (relaxation-induced neighbourhood search, Danna, Rothberg & Le Pape 2005); the others
 * are drawn as above.
 */
const GUIDED_SHARE = 0.5;

/** A cell departs from the LP when the LP puts less than this weight on the roster's value there. */
const AGREEMENT = 0.99;

function draw(rng: Rng, guided: boolean): MipNeighbourhood {
  if (guided && rng.next() < GUIDED_SHARE) return 'guided';
  let r = rng.next();
  for (const [kind, weight] of NEIGHBOURHOODS) {
    if (r < weight) return kind;
    r -= weight;
  }
  return NEIGHBOURHOODS[0]![0];
}

/**
 * Large-neighbourhood search with exact subproblems (as Rahimian, Akartunali & Levine 2017): free
 * a set of cells of a feasible roster — a few employees' whole rows, a window of days for
 * everyone, or a few employees over a window — solve the rest of the roster's MIP over them
 * (curtoisSubproblem) with the current values as the start, and keep the result when it is no
 * worse. The free-cell count adapts: it grows when subproblems are solved to optimality quickly
 * and shrinks when they time out. `roster` must be feasible; it is improved in place and stays
 * feasible.
 */
export function improveWithMip(model: CurtoisModel, roster: Int16Array, solver: MipSolver, options: MipLnsOptions): MipLnsResult {
  const { E, H } = model;
  let current = evaluateCurtois(model, roster);
  const byNeighbourhood = { employees: { tried: 0, improved: 0 }, days: { tried: 0, improved: 0 }, block: { tried: 0, improved: 0 }, guided: { tried: 0, improved: 0 } };
  if (!current.feasible) return { objective: current.objective, subproblems: 0, byNeighbourhood };
  // Free-cell count per neighbourhood (first six rows' worth), adapted separately: each kind has its own difficulty.
  const initial = Math.min(E * H, 6 * H);
  const cellsOf: Record<MipNeighbourhood, number> = { employees: initial, days: initial, block: initial, guided: initial };
  const seconds = SUBPROBLEM_SECONDS;
  const free = new Uint8Array(E * H);
  const candidate = new Int16Array(roster.length);
  let subproblems = 0;
  while (options.clock.now() < options.deadline && options.shouldStop?.() !== true) {
    const remaining = (options.deadline - options.clock.now()) / 1000;
    if (remaining < 0.05) break;
    let kind = draw(options.rng, options.guide !== undefined);
    // A roster that agrees with the LP everywhere leaves the guided neighbourhood nothing to free.
    if (kind === 'guided' && !departures(model, roster, options.guide!, free, cellsOf.guided, options.rng)) kind = 'block';
    const cells = cellsOf[kind];
    byNeighbourhood[kind].tried++;
    if (kind !== 'guided') chooseCells(model, free, cells, kind, options.rng);
    const sub = curtoisSubproblem(model, roster, free);
    const result = solver.solve(sub.mip, { timeLimitSeconds: Math.min(seconds, remaining), seed: subproblems, start: sub.start });
    subproblems++;
    if (result.status === 'optimal') {
      if (result.seconds < seconds / 4) cellsOf[kind] = Math.min(E * H, Math.ceil(cells * 1.15));
    } else cellsOf[kind] = Math.max(2 * Math.min(H, 7), Math.floor(cells * 0.85));
    if (!result.values) continue;
    candidate.set(roster);
    sub.apply(result.values, candidate);
    const evaluation = evaluateCurtois(model, candidate);
    if (!evaluation.feasible || evaluation.objective > current.objective) continue;
    if (evaluation.objective < current.objective) {
      byNeighbourhood[kind].improved++;
      options.onImprove?.(evaluation.objective);
    }
    roster.set(candidate);
    current = evaluation;
  }
  return { objective: current.objective, subproblems, byNeighbourhood };
}

/**
 * Marks free the cells where `roster` departs from the LP `guide` (the LP puts less than AGREEMENT
 * on the roster's value), employee by employee in random order, up to about `cells` of them (at
 * least one employee's); returns false when there are none.
 */
function departures(model: CurtoisModel, roster: Int16Array, guide: Float32Array, free: Uint8Array, cells: number, rng: Rng): boolean {
  const { E, H, S } = model;
  free.fill(0);
  let marked = 0;
  for (const e of pick(E, E, rng)) {
    if (marked >= cells) break;
    for (let d = 0; d < H; d++) {
      const cell = e * H + d;
      const value = roster[cell]!;
      if (guide[cell * (S + 1) + (value < 0 ? S : value)]! >= AGREEMENT) continue;
      free[cell] = 1;
      marked++;
    }
  }
  return marked > 0;
}

/** Marks about `cells` free cells: whole rows of a few employees, a window of days, or a block. */
function chooseCells(model: CurtoisModel, free: Uint8Array, cells: number, kind: MipNeighbourhood, rng: Rng): void {
  const { E, H } = model;
  free.fill(0);
  let days: number;
  let employees: number;
  if (kind === 'employees') {
    days = H;
    employees = Math.max(2, Math.min(E, Math.round(cells / H)));
  } else if (kind === 'days') {
    employees = E;
    days = Math.max(2, Math.min(H, Math.round(cells / E)));
  } else {
    days = Math.max(3, Math.min(H, Math.round(Math.sqrt(cells * (H / E)))));
    employees = Math.max(2, Math.min(E, Math.round(cells / days)));
  }
  const from = rng.int(H - days + 1);
  const chosen = pick(E, employees, rng);
  for (const e of chosen) for (let d = from; d < from + days; d++) free[e * H + d] = 1;
}

function pick(n: number, k: number, rng: Rng): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, k);
}
