import { daysFromCivil, daysInMonth, formatDay, pad2, type DayNumber } from './civil.ts';
import { type Instant, MS_PER_DAY, MS_PER_MINUTE } from './instant.ts';
import type { TimeZone } from './time-zone.ts';

/** Why an ISO 8601 text could not be read. */
export type IsoTimeProblem = 'syntax' | 'range';

/**
 * A reusable reader of ISO 8601 date-times (`2026-01-05T22:00`, `…:00`, `…:00.000`, `…Z`, `…-06:00`).
 * It writes its result into fields instead of allocating, because imports read millions of times.
 */
export class IsoDateTimeReader {
  /** Epoch ms when {@link hasOffset}, else wall-clock ms ("local read as if UTC"). */
  value = 0;
  hasOffset = false;
  problem: IsoTimeProblem | undefined;

  /** Reads `text`; returns false and sets {@link problem} when it is not a valid date-time. */
  read(text: string): boolean {
    this.problem = undefined;
    const n = text.length;
    if (n < 16 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return this.#fail('syntax');
    const sep = text.charCodeAt(10);
    if (sep !== 84 && sep !== 32 && sep !== 116) return this.#fail('syntax'); // 'T', ' ', 't'
    if (text.charCodeAt(13) !== 58) return this.#fail('syntax');
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) return this.#fail('syntax');
    let i = 16;
    let second = 0;
    let ms = 0;
    if (i < n && text.charCodeAt(i) === 58) {
      second = digits(text, i + 1, 2);
      if (second < 0) return this.#fail('syntax');
      i += 3;
      if (i < n && (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44)) {
        let j = i + 1;
        let scale = 100;
        while (j < n && isDigit(text.charCodeAt(j))) {
          ms += (text.charCodeAt(j) - 48) * scale;
          scale /= 10;
          j++;
        }
        if (j === i + 1) return this.#fail('syntax');
        ms = Math.floor(ms);
        i = j;
      }
    }
    let offsetMs = 0;
    let hasOffset = false;
    if (i < n) {
      const c = text.charCodeAt(i);
      if ((c === 90 || c === 122) && i + 1 === n) {
        hasOffset = true; // 'Z'
      } else if ((c === 43 || c === 45) && (i + 6 === n || i + 5 === n || i + 3 === n)) {
        const oh = digits(text, i + 1, 2);
        let om = 0;
        if (i + 6 === n) {
          if (text.charCodeAt(i + 3) !== 58) return this.#fail('syntax');
          om = digits(text, i + 4, 2);
        } else if (i + 5 === n) {
          om = digits(text, i + 3, 2);
        }
        if (oh < 0 || om < 0) return this.#fail('syntax');
        if (oh > 23 || om > 59) return this.#fail('range');
        offsetMs = (c === 45 ? -1 : 1) * (oh * 60 + om) * MS_PER_MINUTE;
        hasOffset = true;
      } else {
        return this.#fail('syntax');
      }
    }
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return this.#fail('range');
    if (hour > 23 || minute > 59 || second > 59) return this.#fail('range');
    const wall = daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
    this.hasOffset = hasOffset;
    this.value = hasOffset ? wall - offsetMs : wall;
    return true;
  }

  #fail(problem: IsoTimeProblem): false {
    this.problem = problem;
    return false;
  }
}

/** Reads `YYYY-MM-DD` into a day number, or returns the problem. */
export function readIsoDate(text: string): DayNumber | IsoTimeProblem {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return 'syntax';
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return 'syntax';
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'range';
  return daysFromCivil(year, month, day);
}

/** `2026-01-05T22:00:00-06:00`: the instant as local time in `zone` with its offset (`Z` for UTC). */
export function formatInstant(at: Instant, zone: TimeZone): string {
  const offset = zone.offsetAt(at);
  const wall = at + offset;
  const day = Math.floor(wall / MS_PER_DAY);
  const msOfDay = wall - day * MS_PER_DAY;
  const totalSeconds = Math.floor(msOfDay / 1000);
  const time = `${pad2(Math.floor(totalSeconds / 3600))}:${pad2(Math.floor(totalSeconds / 60) % 60)}:${pad2(totalSeconds % 60)}`;
  return `${formatDay(day)}T${time}${formatOffset(offset)}`;
}

/** `+05:30`, `-06:00`, or `Z` for zero. */
export function formatOffset(offsetMs: number): string {
  if (offsetMs === 0) return 'Z';
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(offsetMs) / MS_PER_MINUTE);
  return `${sign}${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** `2026-01-05 22:00` local wall-clock, for reports read by people. */
export function formatLocalMinute(at: Instant, zone: TimeZone): string {
  const wall = zone.toWallClock(at);
  const day = Math.floor(wall / MS_PER_DAY);
  const minutes = Math.floor((wall - day * MS_PER_DAY) / MS_PER_MINUTE);
  return `${formatDay(day)} ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function digits(text: string, from: number, count: number): number {
  let v = 0;
  for (let k = from; k < from + count; k++) {
    const c = text.charCodeAt(k);
    if (!isDigit(c)) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}
