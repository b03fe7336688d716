import type { DayNumber } from '@muster/kernel';

/** The local days a demo covers, inclusive: history before `today`, published roster from it. */
export interface DemoRange {
  /** First day of history. */
  readonly historyFrom: DayNumber;
  /** The demo's "now": the first day of the published (future) roster. */
  readonly today: DayNumber;
  /** Last day of the published roster. */
  readonly futureTo: DayNumber;
}
