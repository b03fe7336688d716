import { type Instant, IsoDateTimeReader, formatLocalMinute, instant, invariant, readIsoDate, timeZone } from '@muster/kernel';

/** The zone builders use unless told otherwise: it has daylight saving, so tests meet both nights. */
export const TEST_ZONE = 'America/Chicago';

const reader = new IsoDateTimeReader();

/** An instant from `2026-03-08T01:30` (wall-clock in `zone`) or a time with an offset. Throws on a gap. */
export function at(text: string, zone = TEST_ZONE): Instant {
  invariant(reader.read(text), 'test time must be ISO 8601', { text });
  if (reader.hasOffset) return instant(reader.value);
  const value = timeZone(zone).toInstant(reader.value);
  invariant(value !== undefined, 'test time does not exist in zone (spring-forward gap)', { text, zone });
  return value;
}

/** A local day number from `YYYY-MM-DD`. */
export function day(text: string): number {
  const value = readIsoDate(text);
  invariant(typeof value === 'number', 'test date must be YYYY-MM-DD', { text });
  return value;
}

/** `2026-03-08 01:30` in `zone`, for readable assertions. */
export function local(value: Instant, zone = TEST_ZONE): string {
  return formatLocalMinute(value, timeZone(zone));
}
