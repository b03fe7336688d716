import type { DutyKind, DutyRecord } from '@muster/domain';
import { MS_PER_HOUR, type Instant, type Rng } from '@muster/kernel';
import type { DemoRange } from './demo-range.ts';
import { localInstant } from './local-instant.ts';
import { offGaps } from './off-gaps.ts';
import type { OfficerSchedule } from './officer-schedule.ts';
import { ROUTINE_LIMITS } from './schedule-limits.ts';
import { shuffleInPlace } from './shuffle-in-place.ts';

/** Chance that a past regular shift runs over (a late arrest, a report to finish). */
const HOLDOVER_CHANCE = 0.04;
/** Chance of one voluntary overtime shift in a stretch of days off; recruits are rarely offered any. */
const OVERTIME_CHANCE = { recruit: 0.05, other: 0.3 } as const;
/** Chance of a court date in a stretch of days off. */
const COURT_CHANCE = 0.04;
/** Chance that a supervisor is on call over a stretch of days off. */
const ON_CALL_CHANCE = 0.3;

// Local start and end, in minutes after midnight, of overtime details and court sessions.
const OVERTIME_DETAILS: readonly (readonly [number, number])[] = [
  [7 * 60, 15 * 60],
  [9 * 60, 17 * 60],
  [13 * 60, 21 * 60],
  [18 * 60, 22 * 60],
  [6 * 60, 12 * 60],
];
const COURT_SESSIONS: readonly (readonly [number, number])[] = [
  [9 * 60, 12 * 60],
  [13 * 60, 16 * 60],
];

/**
 * The everyday extras of an officer's past weeks, each kept inside the default policy's warn
 * levels ({@link ROUTINE_LIMITS}) so that they do not drown the planted hot spots: holdovers of
 * 30 min to 2 h after a shift, a voluntary overtime detail on a day off, a court date, and for
 * sergeants and lieutenants on-call stretches (not duty: only a callback would be).
 */
export function addRoutineExtras(schedule: OfficerSchedule, range: DemoRange, rng: Rng, overtimeAllowed: boolean): void {
  const { plan, ledger } = schedule;
  const officerId = plan.officer.id;
  const todayStart = localInstant(plan.zone, range.today, 0);
  const add = (start: Instant, end: Instant, kind: DutyKind): boolean => end <= todayStart && ledger.tryAdd({ officerId, start, end, kind }, ROUTINE_LIMITS);
  if (overtimeAllowed) {
    for (const block of schedule.blocks) {
      for (const shift of block.shifts) {
        if (rng.next() >= HOLDOVER_CHANCE || !ledger.has(shift)) continue;
        add(shift.end, (shift.end + (1 + rng.int(4)) * 0.5 * MS_PER_HOUR) as Instant, 'overtime');
      }
    }
  }
  for (const gap of offGaps(schedule, range)) {
    const days = shuffleInPlace(
      Array.from({ length: gap.lastDay - gap.firstDay + 1 }, (_, i) => gap.firstDay + i),
      rng,
    );
    if (plan.supervisor && rng.next() < ON_CALL_CHANCE) {
      const onCall: DutyRecord = { officerId, start: localInstant(plan.zone, gap.firstDay, 8 * 60), end: localInstant(plan.zone, gap.lastDay, 20 * 60), kind: 'on_call' };
      if (onCall.end <= todayStart) ledger.add(onCall);
      continue;
    }
    const overtimeChance = plan.profile === 'recruit' ? OVERTIME_CHANCE.recruit : OVERTIME_CHANCE.other;
    if (overtimeAllowed && rng.next() < overtimeChance) {
      const [from, to] = OVERTIME_DETAILS[rng.int(OVERTIME_DETAILS.length)]!;
      days.some((day) => add(localInstant(plan.zone, day, from), localInstant(plan.zone, day, to), 'overtime'));
    }
    if (rng.next() < COURT_CHANCE) {
      const [from, to] = COURT_SESSIONS[rng.int(COURT_SESSIONS.length)]!;
      days.some((day) => add(localInstant(plan.zone, day, from), localInstant(plan.zone, day, to), 'court'));
    }
  }
}
