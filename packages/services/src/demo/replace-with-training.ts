import type { Rng } from '@muster/kernel';
import type { DemoRange } from './demo-range.ts';
import { localInstant } from './local-instant.ts';
import type { OfficerSchedule } from './officer-schedule.ts';
import { ROUTINE_LIMITS } from './schedule-limits.ts';

/** Chance that a past crew block opens with a training day: field-training recruits train far more often. */
const TRAINING_CHANCE = { recruit: 0.25, other: 0.06 } as const;

/**
 * Replaces the first shift of some past crew blocks with an 08:00–16:00 training day (firearms
 * requalification, field-training sessions). The first shift, because the three days off before
 * it leave ample rest whatever the crew's shift.
 */
export function replaceWithTraining(schedule: OfficerSchedule, range: DemoRange, rng: Rng): void {
  const { plan, ledger } = schedule;
  const chance = plan.profile === 'recruit' ? TRAINING_CHANCE.recruit : TRAINING_CHANCE.other;
  for (const block of schedule.blocks) {
    if (block.shifts.length < 2 || block.firstDay >= range.today || rng.next() >= chance) continue;
    const shift = block.shifts[0]!;
    ledger.remove(shift);
    const training = {
      officerId: plan.officer.id,
      start: localInstant(plan.zone, block.firstDay, 8 * 60),
      end: localInstant(plan.zone, block.firstDay, 16 * 60),
      kind: 'training',
    } as const;
    if (!ledger.tryAdd(training, ROUTINE_LIMITS)) ledger.add(shift);
  }
}
