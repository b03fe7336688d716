import { type Instant, MS_PER_DAY, MS_PER_MINUTE, type TimeZone, formatDay, formatOffset, pad2 } from '@muster/kernel';

const CLOCK = Array.from({ length: 24 * 60 }, (_, m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`);

/**
 * Writes instants as shifts.csv times in one zone: wall-clock `2026-03-07T22:00` as most exports
 * do, or with the offset (`2026-11-01T01:30-06:00`) when asked or when the wall-clock text would
 * mean another instant (the second 01:00–02:00 of the fall-back night reads as the first).
 * Rendering from an instant never produces a time in a spring-forward gap.
 */
export class LocalTimeText {
  readonly #zone: TimeZone;
  readonly #days = new Map<number, string>();

  constructor(zone: TimeZone) {
    this.#zone = zone;
  }

  /** `at` must be a whole minute. */
  format(at: number, withOffset: boolean): string {
    const offset = this.#zone.offsetAt(at as Instant);
    const wall = at + offset;
    const day = Math.floor(wall / MS_PER_DAY);
    let date = this.#days.get(day);
    if (date === undefined) {
      date = `${formatDay(day)}T`;
      this.#days.set(day, date);
    }
    const text = date + CLOCK[(wall - day * MS_PER_DAY) / MS_PER_MINUTE]!;
    if (!withOffset && this.#zone.toInstant(wall) === at) return text;
    return text + formatOffset(offset);
  }
}
