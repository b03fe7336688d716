import type { DayNumber } from '@muster/kernel';
import type { DemoRange } from './demo-range.ts';
import type { CrewBlock, OfficerSchedule } from './officer-schedule.ts';

/** The days off between two crew blocks, inclusive. */
export interface OffGap {
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;
  readonly before: CrewBlock;
  readonly after: CrewBlock;
}

/** The officer's days off between two crew blocks that lie wholly before `today`. */
export function offGaps(schedule: OfficerSchedule, range: DemoRange): OffGap[] {
  const gaps: OffGap[] = [];
  const { blocks } = schedule;
  for (let i = 1; i < blocks.length; i++) {
    const before = blocks[i - 1]!;
    const after = blocks[i]!;
    if (after.firstDay - before.lastDay < 2 || after.firstDay > range.today) continue;
    gaps.push({ firstDay: before.lastDay + 1, lastDay: after.firstDay - 1, before, after });
  }
  return gaps;
}
