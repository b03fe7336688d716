import fc from 'fast-check';

/** Inclusive bounds `[min, max]` for a generated whole number. */
export type IntegerRange = readonly [min: number, max: number];

export interface ScheduleBounds {
  /** How many records (steps) a schedule has. */
  readonly records: IntegerRange;
  /** The gap before each record, in the schedule's unit; a 0 gap makes a holdover. */
  readonly gap: IntegerRange;
  /** The length of each record, in the schedule's unit. */
  readonly length: IntegerRange;
}

/**
 * A fast-check arbitrary of schedule steps for `scheduleFromSteps`: arrays of (gap, length) pairs of
 * whole numbers within `bounds`. The unit (quarter hours, hours …) is the one the steps are later
 * read in, e.g. `scheduleFromSteps(base, steps, 15)` for quarter hours.
 */
export function arbitrarySchedule(bounds: ScheduleBounds): fc.Arbitrary<[number, number][]> {
  const [minGap, maxGap] = bounds.gap;
  const [minLength, maxLength] = bounds.length;
  const [minRecords, maxRecords] = bounds.records;
  return fc.array(fc.tuple(fc.integer({ min: minGap, max: maxGap }), fc.integer({ min: minLength, max: maxLength })), { minLength: minRecords, maxLength: maxRecords });
}
