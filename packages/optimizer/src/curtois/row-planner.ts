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
}

const INF = Number.POSITIVE_INFINITY;
const MAX_ROUNDS = 12;

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
 * Cost: days × states × values × minutes values, so callers keep windows to a few weeks. This only
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
    // When no choice in the window can break the minutes bounds, they need no dimension (unit 0).
    if (fixedMinutes >= staff.minTotalMinutes && fixedMinutes + L * longest <= staff.maxTotalMinutes) unit = 0;
    const M = unit === 0 ? 1 : Math.max(0, Math.min(Math.floor((staff.maxTotalMinutes - fixedMinutes) / unit), Math.ceil((L * longest) / unit))) + 1;
    const size = L * N * M;
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
    const need = unit === 0 ? 0 : Math.ceil((staff.minTotalMinutes - fixedMinutes) / unit);
    const perDay = unit === 0 ? 0 : longest / unit;
    const dims: Dims = { V, N, M, L, unit, maxCons, minCons, minOff, offBase, fixedMinutes, need: need <= 0 || need > (L * perDay * maxCons) / (maxCons + 1) ? 0 : need, perDay };
    // First unpriced (the row's best when the bounds hold anyway), then from the prices that made
    // this employee's last row keep its bounds, raised while they stay broken.
    lw[e] = 0;
    ls.fill(0, e * S, e * S + S);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const endState = this.#run(window, startState, nextValue, nextRun, nextTouchesEnd, dims);
      if (endState < 0 && dims.need > 0) {
        dims.need = 0; // the minimum is out of reach: plan the best short row instead
        round--;
        continue;
      }
      if (endState < 0) return found;
      // Trace back and measure the row's resources.
      let st = endState;
      for (let i = L - 1; i >= 0; i--) {
        const seq = Math.floor(st / M);
        this.#choice[i] = seq >= offBase ? -1 : allowed[Math.floor(seq / (maxCons * 2))]!;
        st = this.#back[i * N * M + st]!;
      }
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
      if (minutes < staff.minTotalMinutes) hard += Math.ceil((staff.minTotalMinutes - minutes) / 60);
      if (minutes > staff.maxTotalMinutes) hard += Math.ceil((minutes - staff.maxTotalMinutes) / 60);
      const weekendsOver = weekends > staff.maxWeekends;
      hard += Math.max(0, weekends - staff.maxWeekends);
      let shiftsOver = false;
      for (let s = 0; s < S; s++) {
        if (counts[s]! > staff.maxShifts[s]!) {
          hard += counts[s]! - staff.maxShifts[s]!;
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

  /** One dynamic programme at the current multipliers; returns the best end state or −1. */
  #run(window: RowWindow, startState: number, nextValue: number, nextRun: number, nextTouchesEnd: boolean, dims: Dims): number {
    const { instance, S } = this.#model;
    const { employee: e, from } = window;
    const { V, N, M, L, unit, maxCons, minCons, minOff, offBase, fixedMinutes, need, perDay } = dims;
    const staff = instance.staff[e]!;
    const allowed = this.#allowed[e]!;
    const cost = this.#cost;
    const back = this.#back;
    const cell = this.#cell;
    const lw = this.#lambdaWeekend[e]!;
    const ls = this.#lambdaShift;
    const NM = N * M;
    cost.fill(INF, 0, L * NM);
    const units = this.#units;
    for (let v = 1; v < V; v++) units[v] = unit === 0 ? 0 : instance.shifts[allowed[v - 1]!]!.minutes / unit;
    if (this.#alive.length < 2 * N) this.#alive = new Uint8Array(2 * N);
    const alive = this.#alive; // alive[parity * N + state]: some minutes value reached
    let mHi = 0; // highest minutes index reached so far
    for (let i = 0; i < L; i++) {
      const d = from + i;
      const sunday = d % 7 === 6;
      const row = i * NM;
      const prevRow = (i - 1) * NM;
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
          const target = row + next * M;
          if (i === 0) {
            if (du >= M) continue;
            if (c < cost[target + du]!) {
              cost[target + du] = c;
              back[target + du] = startState;
              alive[now + next] = 1;
              if (du > nextHi) nextHi = du;
            }
            continue;
          }
          // The same transition for every minutes value reached (the hot loop).
          const source = prevRow + p * M;
          const top = Math.min(mHi, M - 1 - du);
          const low = need - (L - 1 - i) * perDay - du;
          for (let m = low > 0 ? low : 0; m <= top; m++) {
            const pc = cost[source + m]!;
            if (pc === INF) continue;
            const total = pc + c;
            const at = target + m + du;
            if (total < cost[at]!) {
              cost[at] = total;
              back[at] = p * M + m;
              alive[now + next] = 1;
              if (m + du > nextHi) nextHi = m + du;
            }
          }
        }
      }
      mHi = nextHi;
    }
    // End: states that join the fixed row after the window without breaking a sequence rule.
    let best = -1;
    let bestCost = INF;
    const last = (L - 1) * NM;
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
      for (let m = 0; m < M; m++) {
        let c = cost[last + st * M + m]!;
        if (c === INF) continue;
        if (saturdayEnd && nextValue < 0 && working) c += lw;
        const minutes = fixedMinutes + m * unit;
        if (minutes < staff.minTotalMinutes) c += Math.ceil((staff.minTotalMinutes - minutes) / 60) * window.hardWeight;
        if (c < bestCost) {
          bestCost = c;
          best = st * M + m;
        }
      }
    }
    return best;
  }
}

interface Dims {
  V: number;
  N: number;
  M: number;
  L: number;
  unit: number;
  maxCons: number;
  minCons: number;
  minOff: number;
  offBase: number;
  fixedMinutes: number;
  /** Minutes units the window must add to reach the minimum (0: no pruning). */
  need: number;
  perDay: number;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
