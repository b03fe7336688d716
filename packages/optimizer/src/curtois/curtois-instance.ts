/**
 * A Curtois & Qu shift-scheduling instance (schedulingbenchmarks.org; format in
 * ../shared/benchmarks/curtois/README.md), with shifts and employees indexed by position.
 */
export interface CurtoisInstance {
  readonly name: string;
  /** Days 0 … horizon − 1; day 0 is a Monday. */
  readonly horizon: number;
  readonly shifts: readonly CurtoisShift[];
  readonly staff: readonly CurtoisEmployee[];
  /** forbiddenNext[s * S + t] = 1 when shift t may not follow shift s on the next day. */
  readonly forbiddenNext: Uint8Array;
  /** Per employee, daysOff[e * H + d] = 1 on a day the employee must not work. */
  readonly daysOff: Uint8Array;
  readonly onRequests: readonly CurtoisRequest[];
  readonly offRequests: readonly CurtoisRequest[];
  /** cover[d * S + s]: preferred number of employees on shift s on day d, with its weights. */
  readonly cover: readonly CurtoisCover[];
}

export interface CurtoisShift {
  readonly id: string;
  readonly minutes: number;
}

export interface CurtoisEmployee {
  readonly id: string;
  /** maxShifts[s]: most days on which the employee may work shift s (0: never). */
  readonly maxShifts: readonly number[];
  readonly maxTotalMinutes: number;
  readonly minTotalMinutes: number;
  readonly maxConsecutiveShifts: number;
  readonly minConsecutiveShifts: number;
  readonly minConsecutiveDaysOff: number;
  readonly maxWeekends: number;
}

export interface CurtoisRequest {
  readonly employee: number;
  readonly day: number;
  readonly shift: number;
  readonly weight: number;
}

export interface CurtoisCover {
  readonly requirement: number;
  readonly weightUnder: number;
  readonly weightOver: number;
}
