import type { Clock } from '@muster/kernel';
import type { LpBasis, MipResult, MipSolver, MipStatus } from '../mip/mip-model.ts';
import type { CurtoisModel } from './curtois-model.ts';
import { ColumnPool, columnValue, masterPoint, patternMaster, poolValues } from './curtois-pattern-master.ts';
import { evaluateCurtois } from './evaluate-curtois.ts';
import { priceRows, pricingScratch, reducedCost } from './price-row.ts';
import { RowPlanner } from './row-planner.ts';

export interface ColumnGenerationOptions {
  readonly clock: Clock;
  /** Stop generating columns at this instant (ms). */
  readonly lpDeadline: number;
  /** The master MIP and the dive end by this instant (ms). */
  readonly deadline: number;
  /** Longest master MIP solve, seconds (it ends earlier at `deadline`). */
  readonly mipSeconds?: number;
  /** Stop after this many pricing rounds (tests: a run that no clock decides). */
  readonly maxRounds?: number;
  /**
   * Give up the phase early (no dive, no master MIP) when, at the pace of its last few rounds, the
   * rounds still expected (this many in all, and at least a few more) would not fit before
   * `lpDeadline`: the LP would not converge in time. Checked after every round from the third (see
   * WARM_UP_ROUNDS).
   */
  readonly expectedRounds?: number;
  /**
   * Give up too (no dive, no master MIP) when the root LP has not converged by `lpDeadline`: without
   * the LP bound the dive and the master MIP rarely paid (Instances 12 and 15, 60 s: 48 s and 34 s
   * spent without improving the roster, ADR 0008).
   */
  readonly requireConvergence?: boolean;
  readonly shouldStop?: () => boolean;
  /** Seed for HiGHS. */
  readonly seed?: number;
}

export interface ColumnGenerationResult {
  /** Objective of the roster after this phase (the roster is improved in place when the master MIP finds better). */
  readonly objective: number;
  readonly improved: boolean;
  /**
   * Objective of the last restricted master LP. When `converged` it is the pattern formulation's LP
   * bound if pricing is exact — it is for the sequence, minutes and (up to 56 days) weekend rules,
   * but shifts per type are priced by multipliers, so it can lie above the true LP bound.
   */
  readonly lpValue: number;
  /** The first restricted master LP (over the seed roster's rows only). */
  readonly firstLpValue: number;
  /** Pricing found no row of negative reduced cost in the last round. */
  readonly converged: boolean;
  readonly rounds: number;
  readonly columns: number;
  readonly mipStatus: MipStatus | 'not-run';
  readonly mipObjective?: number;
  /** Seconds of master LP solves (root and dive). */
  readonly lpSeconds: number;
  /** Seconds from the start of the phase until the root's column generation ended. */
  readonly rootSeconds: number;
  readonly mipSeconds: number;
  /** Fixing steps of the dive (0: no dive). */
  readonly diveSteps: number;
  /** Pricing rounds of the dive (`rounds` counts the root's). */
  readonly diveRounds: number;
  /** Seconds of the dive (pricing included). */
  readonly diveSeconds: number;
  /** The phase gave up early: its rounds were too slow to converge by `lpDeadline`. */
  readonly abandoned: boolean;
  /**
   * The converged root LP's solution by cell: its weight on each value of each (employee, day), per
   * `(e*H + d)*(S + 1) + v` with v = the shift index, or S for a day off (a guide for MIP-LNS).
   */
  readonly lpCells?: Float32Array;
}

/** Weight of the stability centre in the smoothed duals (Wentges 1997). */
const SMOOTHING = 0.5;

/** Next-best rows of each pricing programme offered as columns besides the best (ADR 0007). */
const ALTERNATIVES = 4;

/** Reduced costs above this count as non-negative (LP tolerances). */
const REDUCED_COST_EPSILON = 1e-6;

/**
 * Column generation over the pattern formulation (docs/decisions/0006, 0007): columns are whole rows
 * of one employee that break no hard rule, the restricted master LP chooses a convex combination per
 * employee against the cover penalties, and pricing (priceRows: the RowPlanner against the cover
 * duals, exact for the sequence, minutes, weekend and two tightest per-type bounds) adds each
 * employee's rows of negative reduced cost until none is found (the root LP has converged), the
 * round limit or `lpDeadline`; with `expectedRounds` the phase gives up early when its rounds are
 * too slow to converge in time. Then the master MIP over the pool (binary λ, the roster as its
 * start), and while a gap to the LP value remains a dive from the root LP (see
 * ColumnGenerator#dive) and the master MIP again from its roster; the two MIPs share `mipSeconds`
 * and end by `deadline`. The pool holds `roster`'s rows, and `roster` is
 * replaced in place only when the evaluator finds a roster feasible and strictly better.
 */
export function improveWithColumns(model: CurtoisModel, roster: Int16Array, solver: MipSolver, options: ColumnGenerationOptions): ColumnGenerationResult {
  const { E, H } = model;
  const started = options.clock.now();
  const before = evaluateCurtois(model, roster);
  const pool = new ColumnPool(model);
  const seedColumns = pool.addRoster(roster);
  const result = (
    fields: Partial<ColumnGenerationResult> & Pick<ColumnGenerationResult, 'lpValue' | 'firstLpValue' | 'converged' | 'rounds' | 'lpSeconds' | 'rootSeconds'>,
  ): ColumnGenerationResult => ({
    objective: before.objective,
    improved: false,
    columns: pool.columns.length,
    mipStatus: 'not-run',
    mipSeconds: 0,
    diveSteps: 0,
    diveRounds: 0,
    diveSeconds: 0,
    abandoned: false,
    ...fields,
  });
  if (!before.feasible || seedColumns.some((p) => p < 0)) return result({ lpValue: NaN, firstLpValue: NaN, converged: false, rounds: 0, lpSeconds: 0, rootSeconds: 0 });

  const generator = new ColumnGenerator(model, pool, solver, options, seedColumns);
  const root = generator.generate(new Int32Array(E).fill(-1), options.lpDeadline, options.maxRounds, options.expectedRounds);
  const { lpValue, firstLpValue, converged } = root;
  const rounds = generator.rounds;
  const rootSeconds = (options.clock.now() - started) / 1000;
  if (root.abandoned || (options.requireConvergence === true && !converged))
    return result({ lpValue, firstLpValue, converged, rounds, lpSeconds: generator.lpSeconds, rootSeconds, abandoned: true });
  const lpCells = converged && root.values ? cellWeights(model, pool, root.values) : undefined;
  let best = before.objective;
  const candidate = Int16Array.from(roster);
  const keep = (objective: number): boolean => {
    if (objective >= best) return false;
    const after = evaluateCurtois(model, candidate);
    if (!after.feasible || after.objective !== objective) return false;
    best = objective;
    roster.set(candidate);
    return true;
  };

  // The master MIP over the pool, first from the seed roster for a share of `mipSeconds` (on small
  // instances it often reaches the LP bound at once, ADR 0006), then while a gap to the LP value
  // remains a dive that leaves the rest of `mipSeconds` for the master MIP again, from the dive's
  // roster and over the columns the dive added.
  const mipBudget = options.mipSeconds ?? Infinity;
  let mip: MipResult | undefined;
  const runMip = (seconds: number): void => {
    if (generator.stopped() || seconds < 0.05) return;
    const master = patternMaster(model, pool, true);
    mip = solver.solve(master.mip, { timeLimitSeconds: seconds, seed: options.seed ?? 0, start: masterPoint(model, pool, pool.addRoster(roster)) });
    if (!mip.values) return;
    candidate.set(roster);
    for (let p = 0; p < master.patterns; p++) {
      if (mip.values[master.lambdaStart + p]! < 0.5) continue;
      const column = pool.columns[p]!;
      candidate.set(column.row, column.employee * H);
    }
    keep(evaluateCurtois(model, candidate).objective);
  };
  const secondsLeft = (): number => (options.deadline - options.clock.now()) / 1000;
  runMip(Math.min(secondsLeft(), FIRST_MIP_SHARE * mipBudget));

  // Dive from the root (converged, or as far as it got by lpDeadline): fix columns the LP chooses,
  // price again for the others, until every employee has a column (any choice of columns is a
  // feasible roster: the cover rules are the only ones across employees).
  let diveSteps = 0;
  const diveStart = options.clock.now();
  const gap = (): boolean => !(best <= Math.ceil(lpValue - 1e-6));
  if (gap() && root.values && !generator.stopped()) {
    const reserve = Number.isFinite(mipBudget) ? (1 - FIRST_MIP_SHARE) * mipBudget * 1000 : 0;
    const dive = generator.dive(root.values, Math.max(options.clock.now(), options.deadline - reserve));
    diveSteps = dive.steps;
    if (dive.fixed) {
      dive.fixed.forEach((p, e) => candidate.set(pool.columns[p]!.row, e * H));
      keep(evaluateCurtois(model, candidate).objective);
    }
    if (gap()) runMip(Math.min(secondsLeft(), (1 - FIRST_MIP_SHARE) * mipBudget));
  }
  const fields = {
    lpValue,
    firstLpValue,
    converged,
    rounds,
    lpSeconds: generator.lpSeconds,
    rootSeconds,
    diveSteps,
    diveRounds: generator.rounds - rounds,
    diveSeconds: (options.clock.now() - diveStart) / 1000,
    ...(mip ? { mipStatus: mip.status, mipSeconds: mip.seconds } : {}),
    ...(mip?.objective === undefined ? {} : { mipObjective: mip.objective }),
    ...(lpCells ? { lpCells } : {}),
  };
  return result({ ...fields, objective: best, improved: best < before.objective });
}

/** The weight a master LP solution puts on each value of each cell (ColumnGenerationResult.lpCells). */
function cellWeights(model: CurtoisModel, pool: ColumnPool, values: Float64Array): Float32Array {
  const { E, H, S } = model;
  const weights = new Float32Array(E * H * (S + 1));
  pool.columns.forEach((column, p) => {
    const v = columnValue(model, values, p);
    if (v <= 0) return;
    const base = column.employee * H;
    for (let d = 0; d < H; d++) {
      const a = column.row[d]!;
      weights[(base + d) * (S + 1) + (a < 0 ? S : a)]! += v;
    }
  });
  return weights;
}

/** One restricted-master solve and pricing loop (see improveWithColumns), reused by the dive. */
class ColumnGenerator {
  readonly #model: CurtoisModel;
  readonly #pool: ColumnPool;
  readonly #solver: MipSolver;
  readonly #options: ColumnGenerationOptions;
  readonly #planner: RowPlanner;
  readonly #scratch: ReturnType<typeof pricingScratch>;
  rounds = 0;
  lpSeconds = 0;

  /** The seed roster's column per employee (a free employee's fallback in a dive cut short). */
  readonly #incumbent: Int32Array;

  constructor(model: CurtoisModel, pool: ColumnPool, solver: MipSolver, options: ColumnGenerationOptions, incumbent: Int32Array) {
    this.#model = model;
    this.#incumbent = incumbent;
    this.#pool = pool;
    this.#solver = solver;
    this.#options = options;
    this.#planner = new RowPlanner(model, model.allowedShifts);
    this.#scratch = pricingScratch(model);
  }

  stopped(): boolean {
    return this.#options.shouldStop?.() === true;
  }

  /**
   * Solves the restricted master LP (fixed employees keep their one column) and prices the free
   * employees until no column of negative reduced cost is found (`converged`), the deadline or the
   * round limit. Returns the last LP's value and column values.
   */
  generate(
    fixed: Int32Array,
    deadline: number,
    maxRounds?: number,
    expectedRounds?: number,
  ): { lpValue: number; firstLpValue: number; converged: boolean; abandoned?: boolean; values?: Float64Array } {
    const model = this.#model;
    const { E } = model;
    const pool = this.#pool;
    const clock = this.#options.clock;
    let lpValue = NaN;
    let firstLpValue = NaN;
    let values: Float64Array | undefined;
    let basis: LpBasis | undefined;
    let center: Float64Array | undefined;
    let bestLagrangian = -Infinity;
    const roundEnds: number[] = [clock.now()];
    for (let round = 0; !this.stopped() && clock.now() < deadline && (maxRounds === undefined || round < maxRounds); round++) {
      const remaining = (deadline - clock.now()) / 1000;
      const master = patternMaster(model, pool, false, fixed);
      const lp = this.#solver.solve(master.mip, {
        timeLimitSeconds: Math.max(0.05, remaining),
        seed: this.#options.seed ?? 0,
        ...(basis ? { basis } : {}),
      });
      this.lpSeconds += lp.seconds;
      basis = lp.basis;
      if (!lp.rowDuals || lp.objective === undefined) break;
      lpValue = lp.objective;
      values = lp.values ? poolValues(master, lp.values) : undefined;
      if (round === 0) firstLpValue = lpValue;
      this.rounds++;
      // Wentges smoothing: price first at a point between the best dual point so far (the stability
      // centre) and the LP's duals, which damps the oscillation of degenerate masters; a column is
      // added only when its reduced cost at the LP's own duals is negative. When smoothing finds
      // none, price at the LP's duals: no column there ends the generation.
      const duals = lp.rowDuals;
      let added = 0;
      for (const smoothed of center ? [true, false] : [false]) {
        const at = smoothed ? mix(center!, duals, SMOOTHING) : duals;
        let lagrangian = coverDualValue(model, at);
        let paceStarted = 0;
        let pricedEmployees = 0;
        for (let e = 0; e < E; e++) {
          if (fixed[e]! >= 0) {
            lagrangian += pool.columns[fixed[e]!]!.cost - columnCoverDual(model, pool.columns[fixed[e]!]!.row, at);
            continue;
          }
          // One employee's programme can take seconds on long rows (Instance24: 364 days, minutes in
          // 936 values): the round ends at the deadline, and the root gives up as soon as the rest of
          // the round, at its pace since the first programme (which also warms up), would not fit.
          if (pricedEmployees > 0) {
            const now = clock.now();
            const perEmployee = pricedEmployees > 1 ? (now - paceStarted) / (pricedEmployees - 1) : 0;
            const late = expectedRounds !== undefined && now + perEmployee * (E - e) > deadline;
            if (this.stopped() || now >= deadline || late)
              return { lpValue, firstLpValue, converged: false, ...(expectedRounds === undefined ? {} : { abandoned: true }), ...(values ? { values } : {}) };
            if (pricedEmployees === 1) paceStarted = now;
          }
          pricedEmployees++;
          const rows = priceRows(model, this.#planner, pool, e, at, this.#scratch, ALTERNATIVES);
          const priced = rows[0];
          if (!priced || priced.hard > 0) {
            lagrangian = -Infinity; // no row priced: the estimate is unknown
            continue;
          }
          lagrangian += priced.reducedCost + at[e]!;
          for (const row of rows) {
            if (row.hard > 0) continue;
            const rc = smoothed ? reducedCost(model, e, row.row, row.cost, duals) : row.reducedCost;
            if (rc > -REDUCED_COST_EPSILON || pool.has(e, row.row)) continue;
            if (pool.add(e, row.row) >= 0) added++;
          }
        }
        // The centre moves to the dual point of best Lagrangian value.
        if (lagrangian > bestLagrangian) {
          bestLagrangian = lagrangian;
          center = Float64Array.from(at);
        }
        if (added > 0) break;
      }
      if (added === 0) return { lpValue, firstLpValue, converged: true, ...(values ? { values } : {}) };
      // The pace of the last PROBE_ROUNDS rounds (they slow down as the pool grows), once the
      // WARM_UP_ROUNDS are behind; before that only a pace HOPELESS times too slow gives up.
      const now = clock.now();
      roundEnds.push(now);
      const done = round + 1;
      if (expectedRounds !== undefined && done >= PROBE_ROUNDS) {
        const warm = done >= WARM_UP_ROUNDS + PROBE_ROUNDS;
        const perRound = (now - roundEnds[done - PROBE_ROUNDS]!) / PROBE_ROUNDS;
        const needed = Math.max(expectedRounds - done, PROBE_ROUNDS) * perRound;
        if (needed > (deadline - now) * (warm ? 1 : HOPELESS)) return { lpValue, firstLpValue, converged: false, abandoned: true };
      }
    }
    return { lpValue, firstLpValue, converged: false, ...(values ? { values } : {}) };
  }

  /**
   * Diving heuristic: repeatedly fix every free employee with a column above ROUND_UP in the LP, or
   * else the largest column value among them (more than one when the time per step so far says
   * fewer steps fit before the deadline), and re-generate columns for the rest (at
   * most DIVE_ROUNDS rounds), until every employee is fixed. At the deadline the free employees
   * take their columns of largest value. Returns the fixed columns (per employee).
   */
  dive(rootValues: Float64Array, deadline: number): { steps: number; fixed?: Int32Array } {
    const { E } = this.#model;
    const fixed = new Int32Array(E).fill(-1);
    let values = rootValues;
    let steps = 0;
    const started = this.#options.clock.now();
    for (;;) {
      // Per free employee, the column of largest value in the last LP.
      const top = new Int32Array(E).fill(-1);
      const topValue = new Float64Array(E);
      this.#pool.columns.forEach((column, p) => {
        const e = column.employee;
        const v = columnValue(this.#model, values, p);
        if (fixed[e]! < 0 && v > topValue[e]!) {
          topValue[e] = v;
          top[e] = p;
        }
      });
      // Fix the majority choices, else the free employees' largest top values.
      let any = false;
      const fractional: number[] = [];
      for (let e = 0; e < E; e++) {
        if (fixed[e]! >= 0 || top[e]! < 0) continue;
        if (topValue[e]! > ROUND_UP) {
          fixed[e] = top[e]!;
          any = true;
        } else fractional.push(e);
      }
      if (!any) {
        // As few at once as the time left allows: steps so far tell how many more fit.
        const now = this.#options.clock.now();
        const stepsLeft = steps === 0 ? fractional.length : Math.max(1, Math.floor((deadline - now) / ((now - started) / steps)));
        const count = Math.max(1, Math.ceil(fractional.length / stepsLeft));
        fractional.sort((a, b) => topValue[b]! - topValue[a]! || a - b);
        for (const e of fractional.slice(0, count)) fixed[e] = top[e]!;
      }
      steps++;
      if (fixed.every((p) => p >= 0)) return { steps, fixed };
      if (this.stopped() || this.#options.clock.now() >= deadline) {
        // Out of time: every free employee takes its column of largest value (any choice is a roster).
        for (let e = 0; e < E; e++) if (fixed[e]! < 0) fixed[e] = top[e]! >= 0 ? top[e]! : this.#incumbent[e]!;
        return { steps, fixed };
      }
      const next = this.generate(fixed, deadline, DIVE_ROUNDS);
      if (!next.values) return { steps };
      values = next.values;
    }
  }
}

/** Share of `mipSeconds` for the master MIP before the dive; the rest is for the one after it. */
const FIRST_MIP_SHARE = 0.4;

/** Rounds timed before the phase may give up, and over which its pace is measured (expectedRounds). */
const PROBE_ROUNDS = 3;
/**
 * The first rounds are slow (the first master LPs from few columns, the compiler warming up the
 * programme): on Instances 14 and 17 beside another search, 0.9–1.6 s against 0.4–0.8 s for the
 * rounds after them, so timed from the first round their pace said the root LP could not converge
 * in time although it did in 14–20 s. Until these rounds are behind the timed ones, the phase gives
 * up only when the rounds still expected would need HOPELESS times the time left (Instance13: about
 * 3 s a round, over 4 times).
 */
const WARM_UP_ROUNDS = 2;
const HOPELESS = 2;

/**
 * The dive fixes at once every free employee with a column above this value (its majority choice;
 * measured on Instances 14 and 17 against fixing only integral columns: 1292 vs 1293 and 5759 vs
 * 5851, in 8 and 16 s instead of 18 and 27 s).
 */
const ROUND_UP = 0.5;
/** Most pricing rounds per dive step (the LP need not converge again before the next fixing). */
const DIVE_ROUNDS = 5;

/** Σ over the row's worked cells of the cover duals at a dual point. */
function columnCoverDual(model: CurtoisModel, row: Int16Array, duals: Float64Array): number {
  let sum = 0;
  for (let d = 0; d < model.H; d++) if (row[d]! >= 0) sum += duals[model.E + d * model.S + row[d]!]!;
  return sum;
}

/** α·a + (1 − α)·b. */
function mix(a: Float64Array, b: Float64Array, alpha: number): Float64Array {
  return a.map((v, i) => alpha * v + (1 - alpha) * b[i]!);
}

/** Σ_{cells} requirement·dual: the cover rows' part of the Lagrangian value of a dual point. */
function coverDualValue(model: CurtoisModel, duals: Float64Array): number {
  let value = 0;
  for (let cell = 0; cell < model.H * model.S; cell++) value += model.instance.cover[cell]!.requirement * duals[model.E + cell]!;
  return value;
}
