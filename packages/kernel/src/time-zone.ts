import { daysFromCivil } from './civil.ts';
import { type Instant, MS_PER_DAY, instant } from './instant.ts';

/**
 * An IANA time zone with cached offsets. This is the only place muster turns instants into local
 * wall-clock time and back; everything else asks a `TimeZone`.
 *
 * Offsets come from the platform's ICU data through `Intl`, computed once per UTC day and cached,
 * because formatting through `Intl` costs microseconds and a year of an agency's records needs
 * millions of look-ups.
 */
export class TimeZone {
  readonly name: string;
  readonly #format: Intl.DateTimeFormat;
  // Per UTC day number: the offset at the day's start, and, on a day with a transition, the instant
  // it takes effect and the offset after it. Most zones change at most twice a year.
  readonly #days = new Map<number, DayOffsets>();

  private constructor(name: string, format: Intl.DateTimeFormat) {
    this.name = name;
    this.#format = format;
  }

  static #cache = new Map<string, TimeZone>();

  /** The zone named `name`, or `undefined` when the platform does not know it. */
  static find(name: string): TimeZone | undefined {
    const cached = TimeZone.#cache.get(name);
    if (cached) return cached;
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: name,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      return undefined;
    }
    const zone = new TimeZone(name, format);
    TimeZone.#cache.set(name, zone);
    return zone;
  }

  /** Offset of local time from UTC, in milliseconds, at `at` (e.g. −21 600 000 for UTC−6). */
  offsetAt(at: Instant): number {
    const last = this.#last;
    if (last !== undefined && at >= last.from && at < last.to) return last.offset;
    const segment = this.#segmentAt(at);
    this.#last = segment;
    return segment.offset;
  }

  /**
   * The span of constant offset that contains `at`: `[from, to)` in epoch ms, and its offset.
   * Lets a caller stepping through time re-read the offset only when it leaves the span.
   */
  offsetSpan(at: Instant): { readonly from: number; readonly to: number; readonly offset: number } {
    this.offsetAt(at);
    return this.#last!;
  }

  /** Local wall-clock milliseconds ("local time read as if it were UTC") of an instant. */
  toWallClock(at: Instant): number {
    return at + this.offsetAt(at);
  }

  /** The local calendar day (days since 1970-01-01) that contains `at`. */
  localDayOf(at: Instant): number {
    return Math.floor((at + this.offsetAt(at)) / MS_PER_DAY);
  }

  /**
   * The instant of a local wall-clock time. A time that occurs twice (the fall-back hour) resolves
   * to its first occurrence; a time that does not occur (the spring-forward gap) gives `undefined`.
   */
  toInstant(wallClock: number): Instant | undefined {
    const before = this.offsetAt(instant(wallClock - MS_PER_DAY));
    const after = this.offsetAt(instant(wallClock + MS_PER_DAY));
    const early = wallClock - before;
    const late = wallClock - after;
    const earlyFits = this.offsetAt(instant(early)) === before;
    const lateFits = this.offsetAt(instant(late)) === after;
    if (earlyFits && lateFits) return instant(Math.min(early, late));
    if (earlyFits) return instant(early);
    if (lateFits) return instant(late);
    return undefined;
  }

  /**
   * Like {@link toInstant}, but a time inside a spring-forward gap moves forward by the gap
   * (02:30 on the spring-forward night becomes 03:30), for boundaries that must always exist,
   * such as the start of a local day or of a night window.
   */
  toInstantLenient(wallClock: number): Instant {
    return this.toInstant(wallClock) ?? instant(wallClock - this.offsetAt(instant(wallClock - MS_PER_DAY)));
  }

  /** The first instant of a local calendar day. */
  startOfLocalDay(day: number): Instant {
    return this.toInstantLenient(day * MS_PER_DAY);
  }

  // Spans of constant offset between clock changes (about two a year), sorted by start. Callers
  // read one officer's records in time order, so the last span answers nearly every look-up.
  readonly #segments: Segment[] = [];
  #last: Segment | undefined;

  #segmentAt(at: number): Segment {
    const segments = this.#segments;
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (segments[mid]!.to <= at) lo = mid + 1;
      else hi = mid;
    }
    const found = segments[lo];
    if (found !== undefined && at >= found.from) return found;
    const built = this.#buildSegment(at);
    // Clip to neighbours so spans never overlap (a scan limit can cut a long span short).
    const previous = segments[lo - 1];
    const segment = { from: Math.max(built.from, previous ? previous.to : -Infinity), to: Math.min(built.to, found ? found.from : Infinity), offset: built.offset };
    segments.splice(lo, 0, segment);
    return segment;
  }

  #buildSegment(at: number): Segment {
    const day = Math.floor(at / MS_PER_DAY);
    const info = this.#dayOffsets(day);
    const onOrAfterChange = info.changesAt !== undefined && at >= info.changesAt;
    const offset = onOrAfterChange ? info.after : info.before;
    let from = onOrAfterChange ? info.changesAt! : day * MS_PER_DAY;
    let to = !onOrAfterChange && info.changesAt !== undefined ? info.changesAt : (day + 1) * MS_PER_DAY;
    if (info.changesAt === undefined || onOrAfterChange) {
      for (let d = day + 1; d <= day + SCAN_DAYS; d++) {
        const next = this.#dayOffsets(d);
        if (next.before !== offset) break;
        if (next.changesAt !== undefined) {
          to = next.changesAt;
          break;
        }
        to = (d + 1) * MS_PER_DAY;
      }
    }
    if (info.changesAt === undefined || !onOrAfterChange) {
      for (let d = day - 1; d >= day - SCAN_DAYS; d--) {
        const previous = this.#dayOffsets(d);
        if (previous.changesAt !== undefined) {
          if (previous.after === offset) from = previous.changesAt;
          break;
        }
        if (previous.before !== offset) break;
        from = d * MS_PER_DAY;
      }
    }
    return { from, to, offset };
  }

  #dayOffsets(day: number): DayOffsets {
    let info = this.#days.get(day);
    if (info === undefined) {
      info = this.#computeDay(day);
      this.#days.set(day, info);
    }
    return info;
  }

  #computeDay(day: number): DayOffsets {
    const start = day * MS_PER_DAY;
    const end = start + MS_PER_DAY - 1000;
    const before = this.#rawOffset(start);
    const afterEnd = this.#rawOffset(end);
    if (before === afterEnd) return { before, after: before };
    // Bisect to the second at which the new offset takes effect.
    let lo = start;
    let hi = end;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (this.#rawOffset(mid) === before) lo = mid;
      else hi = mid;
    }
    return { before, after: afterEnd, changesAt: hi };
  }

  #rawOffset(at: number): number {
    const wholeSecond = Math.floor(at / 1000) * 1000;
    let year = 0;
    let month = 0;
    let day = 0;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let bc = false;
    for (const part of this.#format.formatToParts(wholeSecond)) {
      switch (part.type) {
        case 'year':
          year = Number(part.value);
          break;
        case 'month':
          month = Number(part.value);
          break;
        case 'day':
          day = Number(part.value);
          break;
        case 'hour':
          hour = Number(part.value);
          break;
        case 'minute':
          minute = Number(part.value);
          break;
        case 'second':
          second = Number(part.value);
          break;
        case 'era':
          bc = part.value.startsWith('B');
          break;
      }
    }
    if (bc) year = 1 - year;
    const local = daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
    return local - wholeSecond;
  }
}

/** How far a span of constant offset is followed from the day asked about, in days. */
const SCAN_DAYS = 400;

interface Segment {
  readonly from: number;
  readonly to: number;
  readonly offset: number;
}

interface DayOffsets {
  readonly before: number;
  readonly after: number;
  readonly changesAt?: number;
}

/** The zone named `name`; throws a coded error for an unknown name. Prefer {@link TimeZone.find} on input. */
export function timeZone(name: string): TimeZone {
  const zone = TimeZone.find(name);
  if (!zone) throw new RangeError(`Unknown IANA time zone "${name}". Maybe a typo, e.g. "America/Chicago"?`);
  return zone;
}
