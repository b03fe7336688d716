import { type Instant, instant } from '@muster/kernel';

/** An ISO 8601 instant from the wire (already validated by its schema, so it has a `Z` or an offset). */
export const instantOf = (iso: string): Instant => instant(Date.parse(iso));
