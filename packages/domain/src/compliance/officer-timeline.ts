import { type Instant, type TimeZone } from '@muster/kernel';
import type { DutyRecord } from '../model/duty-record.ts';
import type { OfficerQualification } from '../model/qualification.ts';
import { type DutyPeriods, buildDutyPeriods } from './duty-periods.ts';

/**
 * Everything the rules read about one officer: records sorted by start, duty periods, local days.
 * Derived values are computed on first use and shared by every rule.
 */
export class OfficerTimeline {
  readonly officerId: string;
  readonly zone: TimeZone;
  /** All records of the officer (duty and on call), sorted by start. */
  readonly records: readonly DutyRecord[];
  readonly qualifications: readonly OfficerQualification[];
  #periods: DutyPeriods | undefined;
  #startDays: Int32Array | undefined;
  #dutyDays: DutyDays | undefined;

  constructor(officerId: string, zone: TimeZone, records: readonly DutyRecord[], qualifications: readonly OfficerQualification[] = []) {
    this.officerId = officerId;
    this.zone = zone;
    this.records = records;
    this.qualifications = qualifications;
  }

  get periods(): DutyPeriods {
    return (this.#periods ??= buildDutyPeriods(this.records));
  }

  /** Local calendar day on which each duty period starts. */
  get periodStartDays(): Int32Array {
    if (!this.#startDays) {
      const { count, starts } = this.periods;
      const days = new Int32Array(count);
      for (let i = 0; i < count; i++) days[i] = this.zone.localDayOf(starts[i] as Instant);
      this.#startDays = days;
    }
    return this.#startDays;
  }

  /** The local days that hold at least one minute of duty, from the first duty day to the last. */
  get dutyDays(): DutyDays {
    if (!this.#dutyDays) {
      const { count, ends } = this.periods;
      if (count === 0) {
        this.#dutyDays = { firstDay: 0, worked: new Uint8Array(0) };
      } else {
        const firstDay = this.periodStartDays[0]!;
        // The last minute of duty is just before the end: a duty ending at 00:00 leaves that day free.
        const lastDay = this.zone.localDayOf((ends[count - 1]! - 1) as Instant);
        const worked = new Uint8Array(lastDay - firstDay + 1);
        for (let i = 0; i < count; i++) {
          const from = this.periodStartDays[i]! - firstDay;
          const to = this.zone.localDayOf((ends[i]! - 1) as Instant) - firstDay;
          for (let d = from; d <= to; d++) worked[d] = 1;
        }
        this.#dutyDays = { firstDay, worked };
      }
    }
    return this.#dutyDays;
  }

  /** The first instant of a local day in the officer's zone. */
  startOfDay(day: number): Instant {
    return this.zone.startOfLocalDay(day);
  }

  /** Local day number of an instant in the officer's zone. */
  dayOf(at: Instant): number {
    return this.zone.localDayOf(at);
  }
}

/** `worked[d]` is 1 when local day `firstDay + d` holds duty. */
export interface DutyDays {
  readonly firstDay: number;
  readonly worked: Uint8Array;
}
