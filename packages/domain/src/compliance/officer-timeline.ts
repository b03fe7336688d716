import { type Instant, type TimeZone } from '@muster/kernel';
import { type AssumedSleep, type DutyFatigue, type DutyRisk, type FatigueScreen, type SleepInterval, evaluateDuties, preparePrediction, scheduleRiskIndex } from '@muster/fatigue';
import type { FatiguePolicy } from '../policy/fatigue-policy.ts';
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
  /** Sleep the officer logged, if any; it replaces inferred sleep where it exists. */
  readonly sleepLog: readonly SleepInterval[];
  #periods: DutyPeriods | undefined;
  #intervals: SleepInterval[] | undefined;
  #fatigue: { params: FatiguePolicy; screen: FatigueScreen | undefined; value: OfficerFatigue } | undefined;
  #risk: { params: FatiguePolicy; value: readonly DutyRisk[] } | undefined;
  #startDays: Int32Array | undefined;
  #dutyDays: DutyDays | undefined;

  constructor(officerId: string, zone: TimeZone, records: readonly DutyRecord[], qualifications: readonly OfficerQualification[] = [], sleepLog: readonly SleepInterval[] = []) {
    this.officerId = officerId;
    this.zone = zone;
    this.records = records;
    this.qualifications = qualifications;
    this.sleepLog = sleepLog;
  }

  /** Duty periods as intervals, for the fatigue engine (built once). */
  #dutyIntervals(): SleepInterval[] {
    if (!this.#intervals) {
      const { count, starts, ends } = this.periods;
      const intervals: SleepInterval[] = new Array(count);
      for (let i = 0; i < count; i++) intervals[i] = { start: starts[i] as Instant, end: ends[i] as Instant };
      this.#intervals = intervals;
    }
    return this.#intervals;
  }

  /**
   * Predicted fatigue of each duty period (awake on-duty epochs), from the steady state of the
   * officer's habitual sleep before their first duty, over logged or inferred sleep. Computed once
   * per policy and shared by the fatigue rules.
   */
  fatigue(params: FatiguePolicy, screen?: FatigueScreen): OfficerFatigue {
    if (this.#fatigue?.params !== params || this.#fatigue.screen !== screen) {
      const duties = this.#dutyIntervals();
      if (duties.length === 0) {
        this.#fatigue = { params, screen, value: { duties: [], sleep: [] } };
      } else {
        const input = { duties, zone: this.zone, from: duties[0]!.start, to: duties[duties.length - 1]!.end, loggedSleep: this.sleepLog, params };
        const prepared = preparePrediction(input);
        const summaries = evaluateDuties(
          {
            origin: prepared.origin,
            epochMinutes: params.epochMinutes,
            zone: this.zone,
            sleep: prepared.sleep,
            tpm: params.tpm,
            unified: params.unified,
            initialTpm: prepared.initialTpm,
            initialUnified: prepared.initialUnified,
            firstBoutElapsedH: prepared.firstBoutElapsedH,
          },
          duties,
          screen,
        );
        this.#fatigue = { params, screen, value: { duties: summaries, sleep: prepared.sleep } };
      }
    }
    return this.#fatigue.value;
  }

  /** The schedule-risk index of each duty period (docs/fatigue/risk-index.md). */
  risk(params: FatiguePolicy): readonly DutyRisk[] {
    if (this.#risk?.params !== params) this.#risk = { params, value: scheduleRiskIndex(this.#dutyIntervals(), this.zone, params.riskIndex) };
    return this.#risk.value;
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

/** An officer's predicted duty fatigue and the sleep it assumed. */
export interface OfficerFatigue {
  /** One per duty period, in order. */
  readonly duties: readonly DutyFatigue[];
  readonly sleep: readonly AssumedSleep[];
}

/** `worked[d]` is 1 when local day `firstDay + d` holds duty. */
export interface DutyDays {
  readonly firstDay: number;
  readonly worked: Uint8Array;
}
