import type { DemoRange } from './demo-range.ts';
import type { CrewBlock, OfficerSchedule } from './officer-schedule.ts';
import { SHIFT_PATTERN } from './shift-pattern.ts';

/**
 * The officer's whole crew blocks (all four shifts still in the ledger) that end at least
 * `marginDays` days before `today`, so an extra planted after them still lies in the history.
 */
export function historyBlocks(schedule: OfficerSchedule, range: DemoRange, marginDays: number): CrewBlock[] {
  return schedule.blocks.filter(
    (block) => block.shifts.length === SHIFT_PATTERN.onDays && block.lastDay + marginDays < range.today && block.shifts.every((shift) => schedule.ledger.has(shift)),
  );
}
