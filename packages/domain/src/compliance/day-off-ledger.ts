import { type DayNumber, type TimeZone, weekStartOf } from '@muster/kernel';
import type { DutyRecord } from '../model/duty-record.ts';
import type { Policy } from '../policy/policy.ts';
import { daysOffMinPer7Days } from '../rules/days-off.min-per-7-days.ts';
import { OfficerTimeline } from './officer-timeline.ts';

/** One local week of an officer's {@link dayOffLedger}. */
export interface DayOffWeek {
  /** First and last local day of the week (7 days; the first is the policy's week start). */
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;
  /** The local days of the week with no minute of duty, ascending. */
  readonly offDays: readonly DayNumber[];
  /** `offDays.length`. */
  readonly daysOff: number;
  /** Days off the policy guarantees in a week (see {@link guaranteedDaysOffPerWeek}). */
  readonly guaranteedDaysOff: number;
  /** Days off the week fell short of the guarantee (added to the debt). */
  readonly shortDays: number;
  /** Days off beyond the guarantee that paid back earlier debt. */
  readonly repaidDays: number;
  /** The running day-off debt at the end of the week, in days (never below 0). */
  readonly debtDays: number;
}

export interface DayOffLedgerInput {
  /** The officer's records (duty and on call, in any order); on-call time is not duty, so it leaves a day off. */
  readonly records: readonly DutyRecord[];
  readonly zone: TimeZone;
  /** Any local day of the first week and of the last week: the ledger covers the whole weeks holding them. */
  readonly from: DayNumber;
  readonly to: DayNumber;
  /** First day of the week: 0 = Sunday … 6 = Saturday. */
  readonly weekStartsOn: number;
  readonly guaranteedDaysOffPerWeek: number;
}

/**
 * An officer's days off and day-off debt, week by local week, in the officer's zone.
 *
 * - A **day off** is a local calendar day without a minute of duty — the definition of the
 *   `days-off.min-per-7-days` rule (the same {@link OfficerTimeline.dutyDays}): a duty that ends at
 *   00:00 leaves the next day free, a night that runs past midnight takes both days, on-call time is
 *   not duty, and a 23- or 25-hour day across a clock change is one day like any other.
 * - Each week owes `guaranteedDaysOffPerWeek` days off. A week with fewer adds the shortfall to the
 *   **day-off debt**; a later week with more than the guarantee repays the debt with its extra days
 *   off, one for one. The debt never goes below 0 (extra days off are not banked in advance) and
 *   starts at 0 in the first week of the ledger.
 *
 * See docs/day-off-debt.md for a worked example.
 */
export function dayOffLedger(input: DayOffLedgerInput): DayOffWeek[] {
  const { zone, weekStartsOn, guaranteedDaysOffPerWeek: guaranteed } = input;
  const first = weekStartOf(input.from, weekStartsOn);
  const last = weekStartOf(input.to, weekStartsOn) + 6;
  const sorted = [...input.records].sort((a, b) => a.start - b.start);
  const { firstDay, worked } = new OfficerTimeline('', zone, sorted).dutyDays;
  const isDutyDay = (day: DayNumber): boolean => worked[day - firstDay] === 1;
  const weeks: DayOffWeek[] = [];
  let debtDays = 0;
  for (let weekStart = first; weekStart <= last; weekStart += 7) {
    const offDays: DayNumber[] = [];
    for (let day = weekStart; day < weekStart + 7; day++) if (!isDutyDay(day)) offDays.push(day);
    const shortDays = Math.max(0, guaranteed - offDays.length);
    const repaidDays = Math.min(debtDays, Math.max(0, offDays.length - guaranteed));
    debtDays = debtDays - repaidDays + shortDays;
    weeks.push({ firstDay: weekStart, lastDay: weekStart + 6, offDays, daysOff: offDays.length, guaranteedDaysOff: guaranteed, shortDays, repaidDays, debtDays });
  }
  return weeks;
}

/**
 * Days off a week guarantees under the policy, from the `days-off.min-per-7-days` rule's block
 * level: that rule blocks `block` consecutive local days with duty, so every `block` days hold at
 * least one day off, and a 7-day week at least ⌊7 / block⌋ (block 7 ⇒ 1, block 4 ⇒ 1, block 3 ⇒ 2).
 * 0 when the rule is disabled or has no block level: the policy then guarantees nothing.
 */
export function guaranteedDaysOffPerWeek(policy: Pick<Policy, 'rules'>): number {
  const settings = policy.rules[daysOffMinPer7Days.id];
  const block = settings?.enabled ? settings.block : null;
  return typeof block === 'number' && block >= 1 ? Math.floor(7 / block) : 0;
}
