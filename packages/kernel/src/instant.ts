/**
 * An absolute point in time: milliseconds since 1970-01-01T00:00:00Z.
 * Branded so that a wall-clock value or a duration cannot be passed where an instant is meant.
 */
export type Instant = number & { readonly __brand: 'Instant' };

/** A duration in milliseconds of elapsed (not wall-clock) time. */
export type Millis = number;

export const MS_PER_SECOND = 1000;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Treat a number of epoch milliseconds as an instant. */
export const instant = (epochMillis: number): Instant => epochMillis as Instant;

/** Elapsed hours between two instants (negative when `to` is earlier). */
export const hoursBetween = (from: Instant, to: Instant): number => (to - from) / MS_PER_HOUR;

/** A number of hours as milliseconds. */
export const hoursToMillis = (hours: number): Millis => hours * MS_PER_HOUR;

/** Milliseconds as hours. */
export const millisToHours = (ms: Millis): number => ms / MS_PER_HOUR;
