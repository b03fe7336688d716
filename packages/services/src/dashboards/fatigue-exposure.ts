import { type DutyRecord, type Policy, buildDutyPeriods } from '@muster/domain';
import { type SleepInterval, evaluateDuties, preparePrediction } from '@muster/fatigue';
import { type DayNumber, type Instant, MS_PER_DAY, type TimeZone, instant } from '@muster/kernel';
import { HISTORY_DAYS } from '../roster/officer-findings.ts';
import type { DashboardWeek } from './dashboard-weeks.ts';
import type { MetricDefinition } from './metric-definition.ts';

export const FATIGUE_EXPOSURE_METRIC: MetricDefinition = {
  id: 'fatigue-exposure-share',
  version: 1,
  definition:
    "Share of duty hours in each week at or above the policy's predicted-KSS warning level: the officer fatigue prediction (Three Process Model over logged or inferred sleep, 35 days of history) sampled at every model epoch that starts on duty, summed over the officers in scope; a group-average estimate.",
};

/** One officer's duty time per week, and the part of it predicted at or above the KSS level, in model epochs. */
export interface OfficerExposure {
  readonly dutyEpochs: number[];
  readonly atOrAboveEpochs: number[];
}

/**
 * One officer's exposure on the dashboard's weeks (local days of `zone`): the same prediction as
 * the officer fatigue endpoint — duty periods of the records, sleep inferred from them, the model
 * run from the steady state before the earliest duty read — counted per epoch whose start lies in
 * a duty period and in the range. An epoch asleep on duty (logged sleep) counts as duty, not as
 * exposure. `records` are the officer's records from {@link HISTORY_DAYS} before the range, sorted.
 *
 * Only the duty epochs are evaluated ({@link evaluateDuties}, the compliance rules' fast path, with
 * the model state carried between duties in closed form), not the whole 5-minute grid of the history:
 * the duties are cut at the weeks' local midnights, so each piece's epochs start in one week, and a
 * piece whose proven KSS bound lies below the level is counted 0 without visiting its epochs. Its
 * KSS agrees with the full grid's (runTpm) to 1e-9, so a count can differ only where an epoch's
 * KSS lies that close to the level.
 */
export function officerExposure(records: readonly DutyRecord[], zone: TimeZone, policy: Policy, kssLevel: number, weeks: readonly DashboardWeek[]): OfficerExposure {
  const dutyEpochs = weeks.map(() => 0);
  const atOrAboveEpochs = weeks.map(() => 0);
  const periods = buildDutyPeriods(records);
  if (periods.count === 0 || weeks.length === 0) return { dutyEpochs, atOrAboveEpochs };
  // Week boundaries as instants: the local midnights starting each week, and the range's end.
  const bounds = [...weeks.map((w) => zone.startOfLocalDay(w.start)), zone.startOfLocalDay(weeks[weeks.length - 1]!.end + 1)];
  const shownFrom = bounds[0]!;
  const shownTo = bounds[bounds.length - 1]!;
  const historyFrom = instant(shownFrom - HISTORY_DAYS * MS_PER_DAY);
  const duties: SleepInterval[] = Array.from({ length: periods.count }, (_, i) => ({ start: periods.starts[i] as Instant, end: periods.ends[i] as Instant }));
  // The shown parts of the duties, cut at the week boundaries, in time order, and each one's week.
  const pieces: SleepInterval[] = [];
  const pieceWeeks: number[] = [];
  for (const duty of duties) {
    if (duty.end <= shownFrom || duty.start >= shownTo) continue;
    for (let week = 0; week < weeks.length; week++) {
      const start = Math.max(duty.start, bounds[week]!);
      const end = Math.min(duty.end, bounds[week + 1]!);
      if (end <= start) continue;
      pieces.push({ start: instant(start), end: instant(end) });
      pieceWeeks.push(week);
    }
  }
  if (pieces.length === 0) return { dutyEpochs, atOrAboveEpochs };
  // The officer fatigue endpoint's start state and sleep (predictFatigue's first step).
  const prepared = preparePrediction({ duties, zone, from: instant(Math.min(historyFrom, duties[0]!.start)), to: shownTo, params: policy.fatigue });
  const figures = evaluateDuties(
    {
      origin: prepared.origin,
      epochMinutes: policy.fatigue.epochMinutes,
      zone,
      sleep: prepared.sleep,
      tpm: policy.fatigue.tpm,
      unified: policy.fatigue.unified,
      initialTpm: prepared.initialTpm,
      initialUnified: prepared.initialUnified,
      firstBoutElapsedH: prepared.firstBoutElapsedH,
      kssCountLevel: kssLevel,
    },
    pieces,
    // Screen on KSS alone: lapses are not read here.
    { kss: kssLevel, lapses: Infinity },
  );
  figures.forEach((piece, i) => {
    dutyEpochs[pieceWeeks[i]!]! += piece.epochsOnDuty;
    atOrAboveEpochs[pieceWeeks[i]!]! += piece.awakeEpochsAtOrAboveKss!;
  });
  return { dutyEpochs, atOrAboveEpochs };
}

export interface FatigueExposureWeek {
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly dutyHours: number;
  readonly hoursAtOrAbove: number;
  /** hoursAtOrAbove / dutyHours; null for a week without duty. */
  readonly share: number | null;
  /** Officers with any duty in the week. */
  readonly officersOnDuty: number;
}

/** The weekly sums of officers' exposures (epochs of `epochMinutes`), and the whole range's. */
export function fatigueExposure(
  exposures: readonly OfficerExposure[],
  weeks: readonly DashboardWeek[],
  epochMinutes: number,
): { weeks: FatigueExposureWeek[]; total: { dutyHours: number; hoursAtOrAbove: number; share: number | null } } {
  const epochH = epochMinutes / 60;
  let totalDuty = 0;
  let totalAbove = 0;
  const rows = weeks.map((w, i) => {
    let duty = 0;
    let above = 0;
    let officersOnDuty = 0;
    for (const e of exposures) {
      duty += e.dutyEpochs[i]!;
      above += e.atOrAboveEpochs[i]!;
      if (e.dutyEpochs[i]! > 0) officersOnDuty++;
    }
    totalDuty += duty;
    totalAbove += above;
    return { start: w.start, end: w.end, dutyHours: round2(duty * epochH), hoursAtOrAbove: round2(above * epochH), share: duty > 0 ? round4(above / duty) : null, officersOnDuty };
  });
  return {
    weeks: rows,
    total: { dutyHours: round2(totalDuty * epochH), hoursAtOrAbove: round2(totalAbove * epochH), share: totalDuty > 0 ? round4(totalAbove / totalDuty) : null },
  };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;
