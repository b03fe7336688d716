import { describe, expect, it } from 'vitest';
import { MS_PER_HOUR, timeZone } from '@muster/kernel';
import { LocalTimeText } from './local-time-text.ts';

const chicago = timeZone('America/Chicago');
const text = new LocalTimeText(chicago);
// 2026-11-01 06:30Z is 01:30 CDT (first occurrence); an hour later it is 01:30 CST (second).
const firstOneThirty = Date.UTC(2026, 10, 1, 6, 30);

describe('LocalTimeText', () => {
  it('writes wall-clock time without an offset', () => {
    expect(text.format(Date.UTC(2026, 2, 8, 4, 0), false)).toBe('2026-03-07T22:00');
  });

  it('writes the first 01:30 of the fall-back night as wall-clock time, which reads back as the first', () => {
    expect(text.format(firstOneThirty, false)).toBe('2026-11-01T01:30');
  });

  it('writes the second 01:30 of the fall-back night with its offset, since wall-clock text would mean the first', () => {
    expect(text.format(firstOneThirty + MS_PER_HOUR, false)).toBe('2026-11-01T01:30-06:00');
  });

  it('writes 03:00 just after the spring-forward gap, never a time inside it', () => {
    // 2026-03-08 08:00Z: one minute after 01:59 CST the clocks read 03:00 CDT.
    expect(text.format(Date.UTC(2026, 2, 8, 8, 0), false)).toBe('2026-03-08T03:00');
  });

  it('writes the offset when asked', () => {
    expect(text.format(Date.UTC(2026, 0, 5, 4, 0), true)).toBe('2026-01-04T22:00-06:00');
  });
});
