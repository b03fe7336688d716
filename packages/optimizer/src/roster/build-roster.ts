import { type Clock, type Rng } from '@muster/kernel';
import type { DutyRecord } from '@muster/domain';
import { type Score } from '../search/score.ts';
import { solve } from '../search/solve.ts';
import type { RosterInput } from './roster-input.ts';
import { RosterProblem } from './roster-problem.ts';
import { rosterSlots } from './roster-slots.ts';

export interface RosterResult {
  /** New records (pinned ones are not repeated). */
  readonly records: readonly DutyRecord[];
  /** Demand left uncovered, one entry per slot short of officers. */
  readonly uncovered: readonly { readonly day: number; readonly template: string; readonly role: string; readonly missing: number }[];
  /** Hard 0: the policy finds no block in the range. */
  readonly score: Score;
  readonly steps: number;
  /**
   * Per officer, what the soft goals read: hours and overtime hours (beyond the policy's standard
   * week) in the weeks the range touches, and the highest predicted KSS on a rostered-range duty
   * (null when none).
   */
  readonly officers: readonly { readonly officerId: string; readonly hours: number; readonly overtimeHours: number; readonly peakKss: number | null }[];
}

/** Builds a unit's roster for a date range with the search engine (construction, then local search). */
export function buildRoster(input: RosterInput, options: { rng: Rng; clock: Clock; timeLimitMs?: number; stepLimit?: number; assertMode?: boolean }): RosterResult {
  const slots = rosterSlots(input);
  const problem = new RosterProblem(input, slots);
  problem.construct();
  const result = solve(problem, {
    rng: options.rng,
    clock: options.clock,
    ...(options.timeLimitMs === undefined ? {} : { timeLimitMs: options.timeLimitMs }),
    ...(options.stepLimit === undefined ? {} : { stepLimit: options.stepLimit }),
    ...(options.assertMode ? { assertMode: true } : {}),
    lateAcceptance: 200,
  });
  return {
    records: problem.records(),
    uncovered: problem.uncovered().map(({ slot, missing }) => ({ day: slots.slots[slot]!.day, template: slots.slots[slot]!.template.id, role: slots.slots[slot]!.role, missing })),
    score: result.best,
    steps: result.steps,
    officers: slots.officerIds.map((officerId, e) => {
      const parts = problem.rowParts(e);
      return { officerId, hours: parts.hours, overtimeHours: parts.overtimeHours, peakKss: Number.isNaN(parts.peakKss) ? null : parts.peakKss };
    }),
  };
}
