import { type Instant, MS_PER_HOUR, type TimeZone, invariant } from '@muster/kernel';
import { breaksFactor } from './breaks-factor.ts';
import { quickReturnFactor } from './quick-return-factor.ts';
import { RISK_INDEX_DEFAULTS, type RiskIndexParams } from './risk-index-params.ts';
import { shiftLengthFactor } from './shift-length-factor.ts';
import { type ShiftType, shiftTypeOf } from './shift-type.ts';
import { successiveFactor } from './successive-factor.ts';

/**
 * One duty period of an officer. Pass duty periods (a shift joined with its holdover), not raw
 * records: two touching records would otherwise be two duties with 0 h rest between them.
 */
export interface RiskDuty {
  readonly start: Instant;
  readonly end: Instant;
}

/** The five factors of a duty's index; each is a relative risk (unitless, 1.0 = reference). */
export interface RiskFactors {
  readonly timeOfDay: number;
  readonly successive: number;
  readonly shiftLength: number;
  readonly quickReturn: number;
  readonly breaks: number;
}

/** The schedule-risk index of one duty and how it was made up. */
export interface DutyRisk {
  /** Product of the factors: relative risk of an incident against a single 8-h morning shift. */
  readonly index: number;
  readonly factors: RiskFactors;
  readonly shiftType: ShiftType;
  /** 1 = first of a run of this shift type on consecutive local start days. */
  readonly successiveCount: number;
  /** Elapsed hours since the previous duty ended; `null` for the first duty given. */
  readonly restBeforeHours: number | null;
}

/**
 * The schedule-risk index of each duty, in the order given (sorted by start, non-overlapping).
 * Lengths and rests are elapsed time, so a duty across a clock change is as long as it really is;
 * shift types and days are local time in `zone`. A duty belongs to the local day on which it starts;
 * the n-th duty of one type on consecutive such days has `successiveCount` n (a duty of another type in
 * between does not break the run; a second duty of the same type on the same day keeps the count).
 *
 * The index estimates group-level risk for a schedule, not the state of a particular officer.
 */
export function scheduleRiskIndex(duties: readonly RiskDuty[], zone: TimeZone, params: RiskIndexParams = RISK_INDEX_DEFAULTS): DutyRisk[] {
  const runs: Record<ShiftType, { day: number; count: number } | undefined> = { morning: undefined, afternoon: undefined, night: undefined };
  const result: DutyRisk[] = [];
  let previous: RiskDuty | undefined;
  for (const duty of duties) {
    invariant(duty.end > duty.start, 'duty must end after it starts', { start: duty.start, end: duty.end });
    invariant(
      previous === undefined || duty.start >= previous.end,
      'duties must be sorted by start and must not overlap. Maybe join overlapping records into duty periods first?',
      {
        previousEnd: previous?.end,
        start: duty.start,
      },
    );
    const shiftType = shiftTypeOf(duty.start, duty.end, zone, params);
    const day = zone.localDayOf(duty.start);
    const run = runs[shiftType];
    // A local day can repeat (or, where clocks fall back across midnight, step back) between two starts.
    const successiveCount = run === undefined || day > run.day + 1 ? 1 : day === run.day + 1 ? run.count + 1 : run.count;
    runs[shiftType] = { day: run === undefined ? day : Math.max(day, run.day), count: successiveCount };
    const restBeforeHours = previous === undefined ? null : (duty.start - previous.end) / MS_PER_HOUR;
    const lengthHours = (duty.end - duty.start) / MS_PER_HOUR;
    const factors: RiskFactors = {
      timeOfDay: params.timeOfDayFactors[shiftType],
      successive: successiveFactor(successiveCount, params.successiveFactors[shiftType]),
      shiftLength: shiftLengthFactor(lengthHours, params.shiftLengthFactors),
      quickReturn: quickReturnFactor(restBeforeHours, params),
      breaks: breaksFactor(lengthHours, params),
    };
    // Folkard & Lombardi (2006) pool the components additively: each adds its excess risk over 1.
    // Rounded to 12 decimals so that sums of table values meet thresholds exactly (1 + 0.3 + 0.17 + 0.13 is 1.6).
    const excess = factors.timeOfDay - 1 + (factors.successive - 1) + (factors.shiftLength - 1) + (factors.quickReturn - 1) + (factors.breaks - 1);
    const index = Math.round((1 + excess) * 1e12) / 1e12;
    result.push({ index, factors, shiftType, successiveCount, restBeforeHours });
    previous = duty;
  }
  return result;
}
