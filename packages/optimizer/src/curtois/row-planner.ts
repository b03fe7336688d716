import type { Rng } from '@muster/kernel';
import type { CurtoisModel } from './curtois-model.ts';
import { coverPenalty } from './score-employee.ts';

/** What to plan: one employee's days `from … to − 1`, the rest of the roster fixed. */
export interface RowWindow {
  readonly employee: number;
  readonly from: number;
  readonly to: number;
  /** Weight of one hard unit against soft points when choosing among candidate rows. */
  readonly hardWeight: number;
  /** Random noise (soft points, uniform in ±noise/2) added to each cell cost, to diversify ties. */
  readonly noise?: number;
  readonly rng?: Rng;
  /**
   * Column-generation pricing: the cost of working shift s on day d, per `d*S + s` (soft points,
   * minus the dual of that cover cell), used in place of the exact cover change; requests still
   * count. The row is then the employee's best against these prices, whatever the roster holds.
   */
  readonly coverPrice?: Float64Array;
  /**
   * Keep the weekends bound and the tightest shifts-per-type bounds exactly, as dimensions of the
   * programme (while its size stays within a budget), instead of by multipliers: pricing wants the
   * best row, not a good one. Only for windows that cut no weekend in two.
   */
  readonly exactBounds?: boolean;
  /**
   * Filled with up to `alternatives.limit` further rows (whole windows, shift index or −1 per day of
   * the window), the best of the programme's other end states, when the planned row needed no
   * multiplier: cheap extra columns for pricing.
   */
  readonly alternatives?: { readonly limit: number; readonly rows: Int16Array[] };
  /**
   * Construction of a row whose days after the window are not planned yet: the bounds on the whole
   * row (total minutes, weekends, shifts per type) are scaled to this share of the horizon, so that
   * window after window the row keeps pace with them instead of spending them in its first weeks.
   */
  readonly share?: number;
}

/** The bounds a plan keeps: the employee's own, or their share (RowWindow.share). */
interface RowBounds {
  minMinutes: number;
  maxMinutes: number;
  maxWeekends: number;
  readonly maxShifts: Int32Array;
}

const INF = Number.POSITIVE_INFINITY;
const MAX_ROUNDS = 12;
/** Most cells (days × sequence states × resource values) a programme with exact bounds may use. */
const EXACT_CELL_BUDGET = 6_000_000;
/** Most shift types whose per-type bound is a dimension of the programme. */
const MAX_EXACT_TYPES = 2;

/**
 * The best window of one employee's row given everyone else ("recreate" of a ruin-and-recreate
 * move): a dynamic programme over days whose states (shift or off, run length, whether the run
 * started on day 0) make every sequence rule hold — rotation, days off, max/min consecutive
 * shifts, min days off, with the horizon-edge exemptions of score-employee.ts. Cell costs are the
 * exact change in cover and request penalties. Total minutes are a dimension of the state (in
 * units of the gcd of the employee's shift lengths), so both bounds hold exactly; shifts per type
 * and weekends are priced by Lagrange multipliers, raised over a few rounds until the row keeps
 * them (first unpriced, then from the prices this employee needed last time).
 *
 * With `exactBounds` the weekends worked and the counts of up to two capped shift types (the
 * tightest) are dimensions too, so those bounds hold exactly and need no multiplier.
 *
 * Cost: days × states × values × resource values, so callers keep windows to a few weeks. This only
 * proposes a row: the problem scores it with scoreEmployee like any other move, and a test checks
 * it against exhaustive search on short windows.
 */
export class RowPlanner {
  readonly #model: CurtoisModel;
  readonly #allowed: readonly Int16Array[];
  readonly #lambdaWeekend: Float64Array;
  readonly #lambdaShift: Float64Array;
  readonly #memoryWeekend: Float64Array;
  readonly #memoryShift: Float64Array;
  #cost = new Float64Array(0);
  #back = new Int32Array(0);
  #cell = new Float64Array(0); // true cost per (day, value index)
  readonly #choice: Int16Array;
  readonly #bestChoice: Int16Array;
  readonly #counts: Int32Array;
  readonly #roundCounts: Int32Array;
  readonly #units: Float64Array;
  #alive = new Uint8Array(0);
  /** The resources of a programme with minutes only (reused: local search plans windows millions of times). */
  readonly #noResources: Resources;
  readonly #bounds: RowBounds;

  constructor(model: CurtoisModel, allowed: readonly Int16Array[]) {
    this.#model = model;
    this.#allowed = allowed;
    this.#lambdaWeekend = new Float64Array(model.E);
    this.#lambdaShift = new Float64Array(model.E * model.S);
    this.#memoryWeekend = new Float64Array(model.E);
    this.#memoryShift = new Float64Array(model.E * model.S);
    this.#choice = new Int16Array(model.H);
    this.#bestChoice = new Int16Array(model.H);
    this.#counts = new Int32Array(model.S);
    this.#roundCounts = new Int32Array(model.S);
    this.#units = new Float64Array(model.S + 1);
    this.#bounds = { minMinutes: 0, maxMinutes: 0, maxWeekends: 0, maxShifts: new Int32Array(model.S) };
    this.#noResources = { R: 0, W: 1, blocks: 1, typeStride: new Int32Array(model.S), typeLimit: new Int32Array(model.S), next: new Int32Array(0) };
  }

  /**
   * Writes the planned values of days from … to − 1 into `out[from … to − 1]` (shift index or −1)
   * and returns true, or returns false when no row keeps the sequence rules.
   */
  plan(roster: Int16Array, coverCounts: Int32Array, window: RowWindow, out: Int16Array): boolean {
    const { instance, H, S } = this.#model;
    const { employee: e, from, to } = window;
    const staff = instance.staff[e]!;
    const allowed = this.#allowed[e]!;
    const A = allowed.length;
    const V = A + 1; // value index 0 = off, 1 … A = allowed[v − 1]
    const maxCons = Math.max(1, Math.min(staff.maxConsecutiveShifts, H));
    const minCons = staff.minConsecutiveShifts;
    const minOff = Math.max(1, Math.min(staff.minConsecutiveDaysOff, H));
    const offBase = A * maxCons * 2;
    const N = offBase + minOff * 2;
    const L = to - from;
    if (this.#cell.length < L * V) this.#cell = new Float64Array(L * V);
    const cell = this.#cell;
    const base = e * H;

    // Fixed part of the row: resources used outside the window.
    let fixedMinutes = 0;
    const fixedCounts = this.#counts;
    fixedCounts.fill(0);
    for (let d = 0; d < H; d++) {
      if (d >= from && d < to) continue;
      const a = roster[base + d]!;
      if (a >= 0) {
        fixedMinutes += instance.shifts[a]!.minutes;
        fixedCounts[a]!++;
      }
    }
    let fixedWeekends = 0;
    for (let w = 5; w < H; w += 7) {
      const inWindow = (w >= from && w < to) || (w + 1 >= from && w + 1 < to);
      if (!inWindow && (roster[base + w]! >= 0 || roster[base + w + 1]! >= 0)) fixedWeekends++;
    }

    // True cell costs: requests, and the cover change of putting this employee on the cell.
    for (let i = 0; i < L; i++) {
      const d = from + i;
      const current = roster[base + d]!;
      for (let v = 0; v < V; v++) {
        const value = v === 0 ? -1 : allowed[v - 1]!;
        let c = 0;
        if (value >= 0) {
          if (instance.daysOff[base + d] === 1) c = INF;
          if (window.coverPrice) c += window.coverPrice[d * S + value]!;
          else {
            const n = coverCounts[d * S + value]! - (current === value ? 1 : 0);
            c += coverPenalty(this.#model, d, value, n + 1) - coverPenalty(this.#model, d, value, n);
          }
        }
        for (let k = this.#model.requestStart[base + d]!; k < this.#model.requestStart[base + d + 1]!; k++) {
          const w = this.#model.requestWeight[k]!;
          const s = this.#model.requestShift[k]!;
          if (w > 0 ? value !== s : value === s) c += Math.abs(w);
        }
        if (window.noise && window.rng) c += (window.rng.next() - 0.5) * window.noise;
        cell[i * V + v] = c;
      }
    }

    // The state just before the window, from the fixed row.
    let startState = -1;
    if (from > 0) {
      const prev = roster[base + from - 1]!;
      let k = 1;
      while (from - 1 - k >= 0 && roster[base + from - 1 - k]! >= 0 === prev >= 0) k++;
      const z = from - k === 0 ? 1 : 0;
      if (prev >= 0) {
        const si = allowed.indexOf(prev);
        if (si < 0) return false;
        startState = (si * maxCons + Math.min(k, maxCons) - 1) * 2 + z;
      } else startState = offBase + (Math.min(k, minOff) - 1) * 2 + z;
    }
    // The fixed row just after the window.
    const nextValue = to < H ? roster[base + to]! : -2;
    let nextRun = 0;
    if (to < H) while (to + nextRun < H && roster[base + to + nextRun]! >= 0 === nextValue >= 0) nextRun++;
    const nextTouchesEnd = to + nextRun === H;

    // Minutes are exact in the programme (in units of the gcd of the employee's shift lengths):
    // the window may use at most what the maximum leaves; falling short of the minimum is priced
    // as the hard amount score-employee.ts gives it.
    let unit = 0;
    let longest = 0;
    for (let v = 0; v < A; v++) {
      const m = instance.shifts[allowed[v]!]!.minutes;
      unit = gcd(unit, m);
      longest = Math.max(longest, m);
    }
    if (unit === 0) unit = 1;
    const bounds = this.#boundsOf(e, window.share, longest);
    // When no choice in the window can break the minutes bounds, they need no dimension (unit 0).
    if (fixedMinutes >= bounds.minMinutes && fixedMinutes + L * longest <= bounds.maxMinutes) unit = 0;
    const M = unit === 0 ? 1 : Math.max(0, Math.min(Math.floor((bounds.maxMinutes - fixedMinutes) / unit), Math.ceil((L * longest) / unit))) + 1;
    const resources = this.#resources(window, bounds, M, fixedWeekends, fixedCounts, N);
    const R = resources.R;
    const size = L * N * R;
    if (this.#cost.length < size) {
      this.#cost = new Float64Array(size);
      this.#back = new Int32Array(size);
    }
    const lw = this.#lambdaWeekend;
    const ls = this.#lambdaShift;
    let bestTrue = INF;
    let found = false;
    let stepWeekend = 4;
    let stepShift = 4;
    // Prune minutes values from which the minimum can no longer be reached (when it can at all).
    const need = unit === 0 ? 0 : Math.ceil((bounds.minMinutes - fixedMinutes) / unit);
    const perDay = unit === 0 ? 0 : longest / unit;
    const dims: Dims = {
      V,
      N,
      M,
      R,
      L,
      unit,
      maxCons,
      minCons,
      minOff,
      offBase,
      fixedMinutes,
      minMinutes: bounds.minMinutes,
      need: need <= 0 || need > (L * perDay * maxCons) / (maxCons + 1) ? 0 : need,
      perDay,
      resources,
    };
    // First unpriced (the row's best when the bounds hold anyway), then from the prices that made
    // this employee's last row keep its bounds, raised while they stay broken.
    lw[e] = 0;
    ls.fill(0, e * S, e * S + S);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const alternatives = window.alternatives;
      const ends = this.#run(window, startState, nextValue, nextRun, nextTouchesEnd, dims, alternatives ? alternatives.limit + 1 : 1);
      const endState = ends.length === 0 ? -1 : ends[0]!;
      if (endState < 0 && dims.need > 0) {
        dims.need = 0; // the minimum is out of reach: plan the best short row instead
        round--;
        continue;
      }
      if (endState < 0) return found;
      // Trace back and measure the row's resources.
      this.#trace(endState, dims, allowed, this.#choice);
      let minutes = fixedMinutes;
      let trueCost = 0;
      const counts = this.#roundCounts;
      counts.set(fixedCounts);
      for (let i = 0; i < L; i++) {
        const a = this.#choice[i]!;
        trueCost += cell[i * V + (a < 0 ? 0 : allowed.indexOf(a) + 1)]!;
        if (a >= 0) {
          minutes += instance.shifts[a]!.minutes;
          counts[a]!++;
        }
      }
      let weekends = fixedWeekends;
      for (let w = 5; w < H; w += 7) {
        const inWindow = (w >= from && w < to) || (w + 1 >= from && w + 1 < to);
        if (!inWindow) continue;
        const sat = w >= from && w < to ? this.#choice[w - from]! : roster[base + w]!;
        const sun = w + 1 >= from && w + 1 < to ? this.#choice[w + 1 - from]! : roster[base + w + 1]!;
        if (sat >= 0 || sun >= 0) weekends++;
      }
      let hard = 0;
      if (minutes < bounds.minMinutes) hard += Math.ceil((bounds.minMinutes - minutes) / 60);
      if (minutes > bounds.maxMinutes) hard += Math.ceil((minutes - bounds.maxMinutes) / 60);
      const weekendsOver = weekends > bounds.maxWeekends;
      hard += Math.max(0, weekends - bounds.maxWeekends);
      let shiftsOver = false;
      for (let s = 0; s < S; s++) {
        if (counts[s]! > bounds.maxShifts[s]!) {
          hard += counts[s]! - bounds.maxShifts[s]!;
          const remembered = this.#memoryShift[e * S + s]!;
          ls[e * S + s] = round === 0 && remembered > 0 ? remembered : ls[e * S + s]! + stepShift;
          shiftsOver = true;
        }
      }
      const total = trueCost + hard * window.hardWeight;
      if (total < bestTrue) {
        bestTrue = total;
        found = true;
        this.#bestChoice.set(this.#choice.subarray(0, L));
      }
      if (!weekendsOver && !shiftsOver) {
        if (alternatives && round === 0)
          for (const end of ends.slice(1)) {
            const alternative = new Int16Array(L);
            this.#trace(end, dims, allowed, alternative);
            alternatives.rows.push(alternative);
          }
        if (round > 0) {
          this.#memoryWeekend[e] = lw[e]!;
          for (let s = 0; s < S; s++) this.#memoryShift[e * S + s] = ls[e * S + s]!;
        }
        break;
      }
      if (shiftsOver) stepShift *= 2;
      // Price the broken upper bounds more, with a step that doubles while they stay broken.
      if (weekendsOver) {
        if (round === 0 && this.#memoryWeekend[e]! > 0) lw[e] = this.#memoryWeekend[e]!;
        else {
          lw[e] = lw[e]! + stepWeekend;
          stepWeekend *= 2;
        }
      }
    }
    if (found) for (let i = 0; i < L; i++) out[from + i] = this.#bestChoice[i]!;
    return found;
  }

  /**
   * The employee's bounds on the whole row, or with `share` < 1 their share of them: minutes scaled
   * down and up with a band at least one longest shift wide (so that some total lands in it), weekends
   * and shifts per type scaled up. The full bounds hold again at share 1, the row's last window.
   */
  #boundsOf(e: number, share: number | undefined, longest: number): RowBounds {
    const staff = this.#model.instance.staff[e]!;
    const bounds = this.#bounds;
    if (share === undefined || share >= 1) {
      bounds.minMinutes = staff.minTotalMinutes;
      bounds.maxMinutes = staff.maxTotalMinutes;
      bounds.maxWeekends = staff.maxWeekends;
      bounds.maxShifts.set(staff.maxShifts);
      return bounds;
    }
    bounds.minMinutes = Math.floor(staff.minTotalMinutes * share);
    bounds.maxMinutes = Math.max(Math.ceil(staff.maxTotalMinutes * share), bounds.minMinutes + longest);
    bounds.maxWeekends = Math.ceil(staff.maxWeekends * share);
    for (let s = 0; s < bounds.maxShifts.length; s++) bounds.maxShifts[s] = Math.ceil(staff.maxShifts[s]! * share);
    return bounds;
  }

  /** Writes the row of end state `end` (sequence state · R + resource index) into `out[0 … L − 1]`. */
  #trace(end: number, dims: Dims, allowed: Int16Array, out: Int16Array): void {
    const { N, R, L, offBase, maxCons } = dims;
    let st = end;
    for (let i = L - 1; i >= 0; i--) {
      const seq = Math.floor(st / R);
      out[i] = seq >= offBase ? -1 : allowed[Math.floor(seq / (maxCons * 2))]!;
      st = this.#back[i * N * R + st]!;
    }
  }

  /**
   * The programme's resource dimensions besides the sequence state: minutes (M values, innermost),
   * then with `exactBounds` the weekends worked and the counts of the tightest capped shift types,
   * as long as days × states × resource values stays within EXACT_CELL_BUDGET.
   */
  #resources(window: RowWindow, bounds: RowBounds, M: number, fixedWeekends: number, fixedCounts: Int32Array, N: number): Resources {
    const { S } = this.#model;
    const { employee: e, from, to } = window;
    const L = to - from;
    const allowed = this.#allowed[e]!;
    const none = this.#noResources;
    none.R = M;
    // Weekends cut in two by the window (a Sunday first or a Saturday last) keep their multiplier.
    if (!window.exactBounds || from % 7 === 6 || (to - 1) % 7 === 5) return none;
    let budget = Math.floor(EXACT_CELL_BUDGET / (L * N * M));
    let weekendsInWindow = 0;
    for (let w = 5; w < to; w += 7) if (w >= from) weekendsInWindow++;
    const weekendRoom = bounds.maxWeekends - fixedWeekends;
    let W = 1;
    if (weekendRoom >= 0 && weekendRoom < weekendsInWindow && weekendRoom + 1 <= budget) {
      W = weekendRoom + 1;
      budget = Math.floor(budget / W);
    }
    // Capped types, tightest first: a bound binds when the window could work that type more often.
    const capped: { s: number; room: number }[] = [];
    for (let v = 0; v < allowed.length; v++) {
      const s = allowed[v]!;
      const room = bounds.maxShifts[s]! - fixedCounts[s]!;
      if (room >= 0 && room < L) capped.push({ s, room });
    }
    capped.sort((a, b) => a.room - b.room);
    const typeStride = new Int32Array(S);
    const typeLimit = new Int32Array(S);
    let blocks = W;
    let exactTypes = 0;
    for (const { s, room } of capped) {
      if (exactTypes === MAX_EXACT_TYPES || room + 1 > budget) break;
      typeStride[s] = blocks;
      typeLimit[s] = room + 1;
      blocks *= room + 1;
      budget = Math.floor(budget / (room + 1));
      exactTypes++;
    }
    if (blocks === 1) return none;
    // next[(weekend step · S1 + type slot) · blocks + block]: the block after a transition, −1 when a
    // bound would break. Type slot 0 is "no counted type", slot 1 + s counts shift type s.
    const slots = S + 1;
    const next = new Int32Array(2 * slots * blocks).fill(-1);
    for (let b = 0; b < blocks; b++) {
      const w = b % W;
      for (let dw = 0; dw < 2; dw++) {
        if (w + dw >= W) continue;
        for (let slot = 0; slot < slots; slot++) {
          let target = b + dw;
          if (slot > 0) {
            const s = slot - 1;
            if (typeLimit[s]! > 0) {
              const count = Math.floor(b / typeStride[s]!) % typeLimit[s]!;
              if (count + 1 >= typeLimit[s]!) continue;
              target += typeStride[s]!;
            }
          }
          next[(dw * slots + slot) * blocks + b] = target;
        }
      }
    }
    return { R: M * blocks, W, blocks, typeStride, typeLimit, next };
  }

  /**
   * One dynamic programme at the current multipliers; returns up to `keep` end states (sequence
   * state · R + resource index), best first, or none when no row keeps the sequence rules.
   */
  #run(window: RowWindow, startState: number, nextValue: number, nextRun: number, nextTouchesEnd: boolean, dims: Dims, keep: number): number[] {
    const { instance, S } = this.#model;
    const { employee: e, from } = window;
    const { V, N, M, R, L, unit, maxCons, minCons, minOff, offBase, fixedMinutes, minMinutes, need, perDay, resources } = dims;
    const { blocks, W, typeStride, next: nextBlock } = resources;
    const slots = S + 1;
    const allowed = this.#allowed[e]!;
    const cost = this.#cost;
    const back = this.#back;
    const cell = this.#cell;
    const lw = this.#lambdaWeekend[e]!;
    const ls = this.#lambdaShift;
    const NR = N * R;
    cost.fill(INF, 0, L * NR);
    const units = this.#units;
    for (let v = 1; v < V; v++) units[v] = unit === 0 ? 0 : instance.shifts[allowed[v - 1]!]!.minutes / unit;
    if (this.#alive.length < 2 * N) this.#alive = new Uint8Array(2 * N);
    const alive = this.#alive; // alive[parity * N + state]: some resource value reached
    const exactWeekends = W > 1;
    let mHi = 0; // highest minutes index reached so far
    for (let i = 0; i < L; i++) {
      const d = from + i;
      const saturday = d % 7 === 5;
      const sunday = d % 7 === 6;
      const row = i * NR;
      const prevRow = (i - 1) * NR;
      const was = ((i + 1) & 1) * N;
      const now = (i & 1) * N;
      alive.fill(0, now, now + N);
      let nextHi = mHi;
      for (let p = i === 0 ? startState : 0; p < (i === 0 ? startState + 1 : N); p++) {
        if (i > 0 && alive[was + p] === 0) continue;
        const prevState = p;
        const prevWorking = prevState >= 0 && prevState < offBase;
        const z = prevState < 0 ? 1 : prevState & 1;
        const k = prevState < 0 ? 0 : prevWorking ? ((prevState >> 1) % maxCons) + 1 : ((prevState - offBase) >> 1) + 1;
        const prevShift = prevWorking ? allowed[Math.floor(prevState / (maxCons * 2))]! : -1;
        for (let v = 0; v < V; v++) {
          let c = cell[i * V + v]!;
          if (c === INF) continue;
          let next: number;
          let du = 0;
          let slot = 0;
          if (v === 0) {
            if (prevState < 0)
              next = offBase + 1; // first day: an off run from day 0
            else if (prevWorking) {
              if (!z && k < minCons) continue;
              next = offBase;
            } else next = offBase + (Math.min(k + 1, minOff) - 1) * 2 + z;
          } else {
            const s = allowed[v - 1]!;
            du = units[v]!;
            c += ls[e * S + s]!;
            if (typeStride[s]! > 0) slot = 1 + s;
            if (prevState < 0) next = (v - 1) * maxCons * 2 + 1;
            else if (prevWorking) {
              if (k + 1 > maxCons || instance.forbiddenNext[prevShift * S + s] === 1) continue;
              next = ((v - 1) * maxCons + k) * 2 + z;
            } else {
              if (!z && k < minOff) continue;
              next = (v - 1) * maxCons * 2;
            }
          }
          if (sunday && (v > 0 || prevWorking)) c += lw;
          // A weekend counts on its Saturday when worked, else on its Sunday when worked.
          const dw = exactWeekends && v > 0 && (saturday || (sunday && !prevWorking)) ? 1 : 0;
          const kind = (dw * slots + slot) * blocks;
          const target = row + next * R;
          if (i === 0) {
            if (du >= M) continue;
            const block = blocks === 1 ? 0 : nextBlock[kind]!;
            if (block < 0) continue;
            const at = target + block * M + du;
            if (c < cost[at]!) {
              cost[at] = c;
              back[at] = startState;
              alive[now + next] = 1;
              if (du > nextHi) nextHi = du;
            }
            continue;
          }
          // The same transition for every resource value reached (the hot loop).
          const source = prevRow + p * R;
          const top = Math.min(mHi, M - 1 - du);
          const low = need - (L - 1 - i) * perDay - du;
          const first = low > 0 ? low : 0;
          if (blocks === 1) {
            for (let m = first; m <= top; m++) {
              const pc = cost[source + m]!;
              if (pc === INF) continue;
              const total = pc + c;
              const at = target + m + du;
              if (total < cost[at]!) {
                cost[at] = total;
                back[at] = p * R + m;
                alive[now + next] = 1;
                if (m + du > nextHi) nextHi = m + du;
              }
            }
            continue;
          }
          for (let b = 0; b < blocks; b++) {
            const block = nextBlock[kind + b]!;
            if (block < 0) continue;
            const src = source + b * M;
            const into = target + block * M + du;
            const backBase = p * R + b * M;
            for (let m = first; m <= top; m++) {
              const pc = cost[src + m]!;
              if (pc === INF) continue;
              const total = pc + c;
              const at = into + m;
              if (total < cost[at]!) {
                cost[at] = total;
                back[at] = backBase + m;
                alive[now + next] = 1;
                if (m + du > nextHi) nextHi = m + du;
              }
            }
          }
        }
      }
      mHi = nextHi;
    }
    // End: states that join the fixed row after the window without breaking a sequence rule.
    const ends: number[] = [];
    const endCosts: number[] = [];
    const last = (L - 1) * NR;
    const saturdayEnd = (from + L - 1) % 7 === 5 && nextValue !== -2;
    for (let st = 0; st < N; st++) {
      const working = st < offBase;
      const z = st & 1;
      const k = working ? ((st >> 1) % maxCons) + 1 : ((st - offBase) >> 1) + 1;
      if (nextValue >= 0) {
        if (working) {
          const s = allowed[Math.floor(st / (maxCons * 2))]!;
          if (instance.forbiddenNext[s * S + nextValue] === 1 || k + nextRun > maxCons) continue;
          if (!z && !nextTouchesEnd && k + nextRun < minCons) continue;
        } else if ((!z && k < minOff) || (!nextTouchesEnd && nextRun < minCons)) continue;
      } else if (nextValue === -1) {
        if (working) {
          if ((!z && k < minCons) || (!nextTouchesEnd && nextRun < minOff)) continue;
        } else if (!z && !nextTouchesEnd && k + nextRun < minOff) continue;
      }
      for (let r = 0; r < R; r++) {
        let c = cost[last + st * R + r]!;
        if (c === INF) continue;
        if (saturdayEnd && nextValue < 0 && working) c += lw;
        const minutes = fixedMinutes + (r % M) * unit;
        if (minutes < minMinutes) c += Math.ceil((minMinutes - minutes) / 60) * window.hardWeight;
        if (ends.length === keep && c >= endCosts[keep - 1]!) continue;
        // Insert in order of cost (keep is small).
        let at = ends.length === keep ? keep - 1 : ends.length;
        while (at > 0 && endCosts[at - 1]! > c) {
          ends[at] = ends[at - 1]!;
          endCosts[at] = endCosts[at - 1]!;
          at--;
        }
        ends[at] = st * R + r;
        endCosts[at] = c;
      }
    }
    return ends;
  }
}

/** Resource dimensions of the programme besides the sequence state (see RowPlanner#resources). */
interface Resources {
  /** Resource values per sequence state: M minutes values × blocks. */
  R: number;
  /** Weekend counts 0 … W − 1 (1: weekends are priced, not counted). */
  readonly W: number;
  /** Weekend × counted-type combinations; a block holds M minutes values. */
  readonly blocks: number;
  /** Per shift type: stride of its count in the block index, 0 when not counted. */
  readonly typeStride: Int32Array;
  /** Per shift type: counts 0 … typeLimit − 1 allowed, 0 when not counted. */
  readonly typeLimit: Int32Array;
  /** Block after a transition (see RowPlanner#resources), −1 when a bound would break. */
  readonly next: Int32Array;
}

interface Dims {
  V: number;
  N: number;
  M: number;
  R: number;
  resources: Resources;
  L: number;
  unit: number;
  maxCons: number;
  minCons: number;
  minOff: number;
  offBase: number;
  fixedMinutes: number;
  /** The least total minutes the row should keep (RowBounds.minMinutes). */
  minMinutes: number;
  /** Minutes units the window must add to reach the minimum (0: no pruning). */
  need: number;
  perDay: number;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
