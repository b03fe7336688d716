import type { CurtoisModel } from './curtois-model.ts';
import type { CurtoisViolation } from './curtois-rules.ts';

/** A row's score: hard-rule amount (0 when feasible) and soft penalty (requests). */
export interface RowScore {
  hard: number;
  soft: number;
}

const MINUTES_PER_HARD_UNIT = 60;

// Reused per call: scoring runs millions of times a second in search, and is never re-entered.
let scratchCounts = new Int32Array(0);

/**
 * Scores one employee's row of the roster (`roster[e*H + d]` is a shift index or −1 for a day off)
 * against the eight per-employee hard rules and their shift requests. This is the one definition
 * of those rules: the evaluator, the solver's incremental score and the tests all call it.
 * Hard amounts are graded (days over, shifts over, hours over) so that search is guided towards
 * feasibility; `explain` receives each violation when given.
 */
export function scoreEmployee(model: CurtoisModel, roster: Int16Array, e: number, out: RowScore, explain?: (v: CurtoisViolation) => void): RowScore {
  const { instance, H, S } = model;
  const employee = instance.staff[e]!;
  const base = e * H;
  let hard = 0;
  let soft = 0;
  let minutes = 0;
  if (scratchCounts.length < S) scratchCounts = new Int32Array(S);
  const counts = scratchCounts;
  counts.fill(0, 0, S);
  let weekendsWorked = 0;
  let runStart = 0; // start of the current run of equal working/off status

  for (let d = 0; d < H; d++) {
    const a = roster[base + d]!;
    const working = a >= 0;
    if (working) {
      counts[a]!++;
      minutes += instance.shifts[a]!.minutes;
      if (instance.daysOff[base + d] === 1) {
        hard += 1;
        explain?.({ rule: 'dayoff', employee: e, day: d, amount: 1, detail: `works ${instance.shifts[a]!.id} on day ${d}, a required day off` });
      }
      if (d > 0) {
        const previous = roster[base + d - 1]!;
        if (previous >= 0 && instance.forbiddenNext[previous * S + a] === 1) {
          hard += 1;
          explain?.({ rule: 'rotation', employee: e, day: d, amount: 1, detail: `${instance.shifts[a]!.id} on day ${d} may not follow ${instance.shifts[previous]!.id}` });
        }
      }
    }
    for (let k = model.requestStart[base + d]!; k < model.requestStart[base + d + 1]!; k++) {
      const w = model.requestWeight[k]!;
      const s = model.requestShift[k]!;
      if (w > 0 ? a !== s : a === s) soft += Math.abs(w);
    }
    if (d % 7 === 6 && (working || roster[base + d - 1]! >= 0)) weekendsWorked++;
    // Close a run when the status changes at d + 1 or the horizon ends.
    const next = d + 1 < H ? roster[base + d + 1]! >= 0 : !working;
    if (next !== working || d === H - 1) {
      const length = d - runStart + 1;
      const interior = runStart > 0 && d < H - 1;
      if (working) {
        if (length > employee.maxConsecutiveShifts) {
          hard += length - employee.maxConsecutiveShifts;
          explain?.({
            rule: 'maxCons',
            employee: e,
            day: runStart,
            amount: length - employee.maxConsecutiveShifts,
            detail: `${length} working days in a row from day ${runStart} (max ${employee.maxConsecutiveShifts})`,
          });
        }
        if (interior && length < employee.minConsecutiveShifts) {
          hard += employee.minConsecutiveShifts - length;
          explain?.({
            rule: 'minCons',
            employee: e,
            day: runStart,
            amount: employee.minConsecutiveShifts - length,
            detail: `${length} working days in a row from day ${runStart} (min ${employee.minConsecutiveShifts})`,
          });
        }
      } else if (interior && length < employee.minConsecutiveDaysOff) {
        hard += employee.minConsecutiveDaysOff - length;
        explain?.({
          rule: 'minOff',
          employee: e,
          day: runStart,
          amount: employee.minConsecutiveDaysOff - length,
          detail: `${length} days off in a row from day ${runStart} (min ${employee.minConsecutiveDaysOff})`,
        });
      }
      runStart = d + 1;
    }
  }
  for (let s = 0; s < S; s++) {
    if (counts[s]! > employee.maxShifts[s]!) {
      hard += counts[s]! - employee.maxShifts[s]!;
      explain?.({
        rule: 'maxShifts',
        employee: e,
        amount: counts[s]! - employee.maxShifts[s]!,
        detail: `${counts[s]} ${instance.shifts[s]!.id} shifts (max ${employee.maxShifts[s]})`,
      });
    }
  }
  if (minutes > employee.maxTotalMinutes || minutes < employee.minTotalMinutes) {
    const off = minutes > employee.maxTotalMinutes ? minutes - employee.maxTotalMinutes : employee.minTotalMinutes - minutes;
    // Whole hours (rounded up) keep every hard amount an integer, so incremental sums stay exact.
    hard += Math.ceil(off / MINUTES_PER_HARD_UNIT);
    explain?.({ rule: 'minutes', employee: e, amount: off, detail: `${minutes} minutes worked (allowed ${employee.minTotalMinutes}–${employee.maxTotalMinutes})` });
  }
  if (weekendsWorked > employee.maxWeekends) {
    hard += weekendsWorked - employee.maxWeekends;
    explain?.({ rule: 'weekends', employee: e, amount: weekendsWorked - employee.maxWeekends, detail: `${weekendsWorked} weekends worked (max ${employee.maxWeekends})` });
  }
  out.hard = hard;
  out.soft = soft;
  return out;
}

/** The cover penalty of one (day, shift) cell with `n` employees on it. */
export function coverPenalty(model: CurtoisModel, d: number, s: number, n: number): number {
  const c = model.instance.cover[d * model.S + s]!;
  return n < c.requirement ? c.weightUnder * (c.requirement - n) : c.weightOver * (n - c.requirement);
}
