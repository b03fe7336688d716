import { MS_PER_HOUR, type Rng } from '@muster/kernel';
import { DEFAULT_RULES, type DutyRecord, OfficerTimeline, type RuleContext, type RuleDefinition, requiredQualificationsLookup, title5Weeks } from '@muster/domain';
import type { Score } from '../search/score.ts';
import type { SearchProblem } from '../search/search-problem.ts';
import { ROSTER_WEIGHTS, type RosterInput, type RosterWeights } from './roster-input.ts';
import type { RosterSlots } from './roster-slots.ts';

/** A move: cells (e * days + i) and their new slot (−1 off); `previous` is filled when done. */
export interface RosterMove {
  readonly cells: Int32Array; // flat pairs: cell, slot
  previous?: { readonly slots: Int32Array; readonly rows: Int32Array; readonly hard: Float64Array; readonly soft: Float64Array };
}

/**
 * A unit's roster as a search problem. Each officer row is scored by the policy's own rules (the
 * rule objects `muster check` runs) on the officer's pinned and rostered records: a block finding
 * is one hard unit, a warning (fatigue included) is soft; findings wholly before the range are
 * history and do not count. Cover is scored per slot. A move rescores only the rows it touches.
 */
export class RosterProblem implements SearchProblem<RosterMove> {
  readonly slots: RosterSlots;
  readonly values: Int32Array;
  readonly #input: RosterInput;
  readonly #weights: RosterWeights;
  readonly #rules: readonly RuleDefinition[];
  readonly #context: RuleContext;
  readonly #pinned: readonly (readonly DutyRecord[])[];
  readonly #rangeStart: readonly number[];
  readonly #requests: readonly { day: number; type: 'off' | 'on'; template?: string; weight: number }[][];
  readonly #rowHard: Float64Array;
  readonly #rowSoft: Float64Array;
  readonly #cover: Int32Array;
  #hard = 0;
  #soft = 0;
  #coverPenalty = 0;
  #best: Int32Array;

  constructor(input: RosterInput, slots: RosterSlots) {
    this.#input = input;
    this.#weights = { ...ROSTER_WEIGHTS, ...input.weights };
    this.slots = slots;
    const E = slots.officerIds.length;
    this.values = new Int32Array(E * slots.days).fill(-1);
    this.#rules = DEFAULT_RULES.filter((rule) => input.policy.rules[rule.id]?.enabled);
    const lookbackMs = Math.max(0, ...this.#rules.map((rule) => rule.lookbackHours)) * MS_PER_HOUR;
    this.#context = {
      requiredQualifications: requiredQualificationsLookup(input.policy, new Map()),
      qualification: (id) => input.policy.qualifications.find((q) => q.id === id),
      riskTier: () => undefined,
      fatigue: input.policy.fatigue,
    };
    this.#rangeStart = slots.zones.map((zone) => zone.startOfLocalDay(input.from));
    this.#pinned = slots.officerIds.map((id, e) => {
      const from = this.#rangeStart[e]! - lookbackMs;
      const to = slots.zones[e]!.startOfLocalDay(input.to + 1) + lookbackMs;
      return (input.pinned.get(id) ?? []).filter((r) => r.end > from && r.start < to);
    });
    this.#requests = slots.officerIds.map((id) => (input.requests ?? []).filter((r) => r.officerId === id && r.day >= input.from && r.day <= input.to));
    this.#rowHard = new Float64Array(E);
    this.#rowSoft = new Float64Array(E);
    this.#cover = new Int32Array(slots.slots.length);
    this.#best = Int32Array.from(this.values);
    this.#initialise();
  }

  #initialise(): void {
    this.#cover.fill(0);
    for (const s of this.values) if (s >= 0) this.#cover[s]!++;
    this.#coverPenalty = 0;
    this.slots.slots.forEach((slot, s) => (this.#coverPenalty += coverCost(this.#weights, slot.count, this.#cover[s]!)));
    this.#hard = 0;
    this.#soft = 0;
    for (let e = 0; e < this.slots.officerIds.length; e++) {
      const [hard, soft] = this.#scoreRow(e);
      this.#rowHard[e] = hard;
      this.#rowSoft[e] = soft;
      this.#hard += hard;
      this.#soft += soft;
    }
  }

  /** The hard and soft score of officer e's row (see rowParts). */
  #scoreRow(e: number): [number, number] {
    const parts = this.rowParts(e);
    const soft =
      parts.warnings * this.#weights.warning +
      parts.requests +
      parts.fatigueTenths * this.#weights.perTenthKss +
      Math.round(parts.overtimeHours * parts.overtimeHours * this.#weights.perOvertimeHourSquared);
    return [parts.blocks, soft];
  }

  /**
   * What officer e's row is scored on: block and warn findings of the policy's rules in the range
   * (findings wholly before it are history), broken requests (weight), predicted fatigue above the
   * comfortable level (tenths of a KSS point, summed over rostered-range duties) and overtime hours
   * beyond the standard week in the weeks the range touches.
   */
  rowParts(e: number): { blocks: number; warnings: number; requests: number; fatigueTenths: number; overtimeHours: number; peakKss: number; hours: number } {
    const { days } = this.slots;
    const records = [...this.#pinned[e]!];
    for (let i = 0; i < days; i++) {
      const s = this.values[e * days + i]!;
      if (s >= 0) records.push(this.slots.record(e, s));
    }
    records.sort((a, b) => a.start - b.start);
    const id = this.slots.officerIds[e]!;
    const zone = this.slots.zones[e]!;
    const timeline = new OfficerTimeline(id, zone, records, this.#input.qualifications.get(id) ?? [], this.#input.sleep?.get(id) ?? []);
    let blocks = 0;
    let warnings = 0;
    const rangeStart = this.#rangeStart[e]!;
    const policy = this.#input.policy;
    for (const rule of this.#rules) {
      rule.evaluate(timeline, policy.rules[rule.id]!, this.#context, (finding) => {
        if (finding.end <= rangeStart) return; // history the roster cannot change
        if (finding.level === 'block') blocks += 1;
        else warnings += 1;
      });
    }
    let requests = 0;
    for (const request of this.#requests[e]!) {
      const s = this.values[e * days + (request.day - this.#input.from)]!;
      const works = s >= 0 && (request.template === undefined || this.slots.slots[s]!.template.id === request.template);
      if (request.type === 'off' ? s >= 0 : !works) requests += request.weight;
    }
    // Fatigue: the same prediction the fatigue rules read (cached on the timeline, no screen).
    let fatigueTenths = 0;
    let peakKss = Number.NaN;
    for (const duty of timeline.fatigue(policy.fatigue).duties) {
      if (duty.end <= rangeStart || Number.isNaN(duty.maxKss)) continue;
      if (!(duty.maxKss <= peakKss)) peakKss = duty.maxKss;
      fatigueTenths += Math.max(0, Math.round((duty.maxKss - this.#weights.comfortableKss) * 10));
    }
    let overtimeHours = 0;
    let hours = 0;
    for (const week of title5Weeks(records, zone, policy.pay.title5)) {
      if (week.weekEnd < this.#input.from) continue;
      overtimeHours += Math.max(0, week.hoursWorked - policy.pay.title5.weeklyHours);
      hours += week.hoursWorked;
    }
    return { blocks, warnings, requests, fatigueTenths, overtimeHours, peakKss, hours };
  }

  score(): Score {
    return { hard: this.#hard, soft: this.#soft + this.#coverPenalty };
  }

  /** Greedy start: fill each slot with qualified, free officers whose row stays as clean as it was, the least used first. */
  construct(): void {
    const { days, slots, allowed, officerIds } = this.slots;
    const load = new Int32Array(officerIds.length);
    slots.forEach((slot, s) => {
      const i = slot.day - this.#input.from;
      const candidates = officerIds.map((_, e) => e).filter((e) => allowed[e * days + i]?.includes(s) && this.values[e * days + i] === -1);
      candidates.sort((a, b) => load[a]! - load[b]!);
      for (const e of candidates) {
        if (this.#cover[s]! >= slot.count) break;
        const move: RosterMove = { cells: Int32Array.of(e * days + i, s) };
        const before = this.#rowHard[e]!;
        this.doMove(move);
        if (this.#rowHard[e]! > before) this.undoMove(move);
        else load[e]!++;
      }
    });
  }

  randomMove(rng: Rng): RosterMove | undefined {
    const { days, allowed, officerIds } = this.slots;
    const E = officerIds.length;
    const e = rng.int(E);
    const i = rng.int(days);
    const cell = e * days + i;
    const options = allowed[cell];
    if (!options) return undefined;
    if (rng.next() < 0.6) {
      const choice = rng.int(options.length + 1);
      const s = choice === options.length ? -1 : options[choice]!;
      return s === this.values[cell] ? undefined : { cells: Int32Array.of(cell, s) };
    }
    const other = rng.int(E);
    const otherCell = other * days + i;
    const a = this.values[cell]!;
    const b = this.values[otherCell]!;
    if (other === e || a === b || !allowed[otherCell]) return undefined;
    if ((b >= 0 && !options.includes(b)) || (a >= 0 && !allowed[otherCell]!.includes(a))) return undefined;
    return { cells: Int32Array.of(cell, b, otherCell, a) };
  }

  doMove(move: RosterMove): void {
    const { days } = this.slots;
    const n = move.cells.length / 2;
    const old = new Int32Array(n);
    const rows: number[] = [];
    for (let k = 0; k < n; k++) {
      const cell = move.cells[k * 2]!;
      const s = move.cells[k * 2 + 1]!;
      old[k] = this.values[cell]!;
      this.#setCell(cell, s);
      const e = Math.floor(cell / days);
      if (!rows.includes(e)) rows.push(e);
    }
    const hard = new Float64Array(rows.length);
    const soft = new Float64Array(rows.length);
    rows.forEach((e, k) => {
      hard[k] = this.#rowHard[e]!;
      soft[k] = this.#rowSoft[e]!;
      const [h, s] = this.#scoreRow(e);
      this.#hard += h - this.#rowHard[e]!;
      this.#soft += s - this.#rowSoft[e]!;
      this.#rowHard[e] = h;
      this.#rowSoft[e] = s;
    });
    move.previous = { slots: old, rows: Int32Array.from(rows), hard, soft };
  }

  undoMove(move: RosterMove): void {
    const previous = move.previous!;
    for (let k = move.cells.length / 2 - 1; k >= 0; k--) this.#setCell(move.cells[k * 2]!, previous.slots[k]!);
    previous.rows.forEach((e, k) => {
      this.#hard += previous.hard[k]! - this.#rowHard[e]!;
      this.#soft += previous.soft[k]! - this.#rowSoft[e]!;
      this.#rowHard[e] = previous.hard[k]!;
      this.#rowSoft[e] = previous.soft[k]!;
    });
  }

  recomputeScore(): Score {
    let hard = 0;
    let soft = 0;
    for (let e = 0; e < this.slots.officerIds.length; e++) {
      const [h, s] = this.#scoreRow(e);
      hard += h;
      soft += s;
    }
    const counts = new Int32Array(this.slots.slots.length);
    for (const s of this.values) if (s >= 0) counts[s]!++;
    this.slots.slots.forEach((slot, s) => (soft += coverCost(this.#weights, slot.count, counts[s]!)));
    return { hard, soft };
  }

  explainDifference(): string {
    for (let e = 0; e < this.slots.officerIds.length; e++) {
      const [h, s] = this.#scoreRow(e);
      if (h !== this.#rowHard[e] || s !== this.#rowSoft[e])
        return `officer ${this.slots.officerIds[e]}: kept ${this.#rowHard[e]}hard/${this.#rowSoft[e]}soft, actual ${h}hard/${s}soft`;
    }
    return 'cover counts or totals differ';
  }

  saveBest(): void {
    this.#best.set(this.values);
  }

  restoreBest(): void {
    this.values.set(this.#best);
    this.#initialise();
  }

  /** Demand not covered: slot and how many officers are missing. */
  uncovered(): { slot: number; missing: number }[] {
    return this.slots.slots.flatMap((slot, s) => (this.#cover[s]! < slot.count ? [{ slot: s, missing: slot.count - this.#cover[s]! }] : []));
  }

  /** The rostered records (pinned ones not included). */
  records(): DutyRecord[] {
    const { days } = this.slots;
    const out: DutyRecord[] = [];
    this.values.forEach((s, cell) => {
      if (s >= 0) out.push(this.slots.record(Math.floor(cell / days), s));
    });
    return out.sort((a, b) => (a.officerId < b.officerId ? -1 : a.officerId > b.officerId ? 1 : a.start - b.start));
  }

  #setCell(cell: number, s: number): void {
    const old = this.values[cell]!;
    if (old === s) return;
    if (old >= 0) this.#changeCover(old, -1);
    if (s >= 0) this.#changeCover(s, +1);
    this.values[cell] = s;
  }

  #changeCover(s: number, delta: number): void {
    const slot = this.slots.slots[s]!;
    const n = this.#cover[s]!;
    this.#coverPenalty += coverCost(this.#weights, slot.count, n + delta) - coverCost(this.#weights, slot.count, n);
    this.#cover[s] = n + delta;
  }
}

function coverCost(weights: RosterWeights, demand: number, assigned: number): number {
  return assigned < demand ? weights.uncovered * (demand - assigned) : weights.overCovered * (assigned - demand);
}
