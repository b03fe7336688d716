import type { CurtoisModel } from './curtois-model.ts';
import { CURTOIS_HARD_RULES, type CurtoisHardRule, type CurtoisViolation } from './curtois-rules.ts';
import { coverPenalty, scoreEmployee } from './score-employee.ts';

/** A roster's full evaluation: every hard violation, and the objective with its parts. */
export interface CurtoisEvaluation {
  readonly feasible: boolean;
  readonly violations: readonly CurtoisViolation[];
  readonly violationsByRule: Readonly<Record<CurtoisHardRule, number>>;
  readonly objective: number;
  readonly underCover: number;
  readonly overCover: number;
  readonly requests: number;
}

/** Evaluates a roster from scratch with the same rule functions the solver uses. */
export function evaluateCurtois(model: CurtoisModel, roster: Int16Array): CurtoisEvaluation {
  const violations: CurtoisViolation[] = [];
  const row = { hard: 0, soft: 0 };
  let requests = 0;
  for (let e = 0; e < model.E; e++) requests += scoreEmployee(model, roster, e, row, (v) => violations.push(v)).soft;
  let underCover = 0;
  let overCover = 0;
  const counts = coverCounts(model, roster);
  for (let d = 0; d < model.H; d++) {
    for (let s = 0; s < model.S; s++) {
      const n = counts[d * model.S + s]!;
      const penalty = coverPenalty(model, d, s, n);
      if (n < model.instance.cover[d * model.S + s]!.requirement) underCover += penalty;
      else overCover += penalty;
    }
  }
  const violationsByRule = Object.fromEntries(CURTOIS_HARD_RULES.map((r) => [r, violations.filter((v) => v.rule === r).length])) as Record<CurtoisHardRule, number>;
  return { feasible: violations.length === 0, violations, violationsByRule, objective: underCover + overCover + requests, underCover, overCover, requests };
}

/** Number of employees on each (day, shift) cell: counts[d*S + s]. */
export function coverCounts(model: CurtoisModel, roster: Int16Array): Int32Array {
  const counts = new Int32Array(model.H * model.S);
  for (let e = 0; e < model.E; e++) {
    for (let d = 0; d < model.H; d++) {
      const a = roster[e * model.H + d]!;
      if (a >= 0) counts[d * model.S + a]!++;
    }
  }
  return counts;
}
