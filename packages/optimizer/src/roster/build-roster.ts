import type { DutyRecord } from '@muster/domain';
import { type Score, compareScores } from '../search/score.ts';
import { type SolveOptions, type SolveProgress, type SolveResult, solve } from '../search/solve.ts';
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
  /** What ended the search: the time or step limit, or a cancel (the best roster so far is returned). */
  readonly stoppedBy: SolveResult['stoppedBy'];
  /**
   * Per officer, what the soft goals read: hours and overtime hours (beyond the policy's standard
   * week) in the weeks the range touches, and the highest predicted KSS on a rostered-range duty
   * (null when none).
   */
  readonly officers: readonly { readonly officerId: string; readonly hours: number; readonly overtimeHours: number; readonly peakKss: number | null }[];
}

/** What a running search reports: the solver's progress and the officer-shifts the best roster leaves uncovered. */
export interface RosterProgress extends SolveProgress {
  readonly uncovered: number;
}

/** The search's options (see SolveOptions), with progress that also counts the uncovered demand. */
export interface BuildRosterOptions extends Pick<SolveOptions, 'rng' | 'clock' | 'timeLimitMs' | 'stepLimit' | 'assertMode' | 'progressEverySteps' | 'shouldStop'> {
  /** Called after construction, when the best roster improves, and every `progressEverySteps` steps. */
  readonly onProgress?: (progress: RosterProgress) => void;
}

/** Builds a unit's roster for a date range with the search engine (construction, then local search). */
export function buildRoster(input: RosterInput, options: BuildRosterOptions): RosterResult {
  const slots = rosterSlots(input);
  const problem = new RosterProblem(input, slots);
  problem.construct();
  const uncoveredNow = (): number => problem.uncovered().reduce((sum, u) => sum + u.missing, 0);
  // The count of the best roster: solve reports an improvement while the problem holds it.
  let bestUncovered = uncoveredNow();
  const { onProgress, ...search } = options;
  onProgress?.({ step: 0, elapsedMs: 0, best: problem.score(), current: problem.score(), uncovered: bestUncovered });
  const result = solve(problem, {
    ...search,
    ...(onProgress === undefined
      ? {}
      : {
          onProgress: (progress: SolveProgress) => {
            if (compareScores(progress.current, progress.best) === 0) bestUncovered = uncoveredNow();
            onProgress({ ...progress, uncovered: bestUncovered });
          },
        }),
    lateAcceptance: 200,
  });
  return {
    stoppedBy: result.stoppedBy,
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
