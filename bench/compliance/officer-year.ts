import { type Instant, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, type Rng, type TimeZone } from '@muster/kernel';
import type { DutyKind } from '@muster/domain';
import { type OfficerProfile, ROTATION_PATTERNS, SHIFT_MINUTES } from './officer-profile.ts';

/** One generated line of shifts.csv, as instants; `withOffset` asks for times with a UTC offset. */
export interface GeneratedRecord {
  readonly start: number;
  readonly end: number;
  readonly kind: DutyKind;
  readonly operationId: string;
  readonly role: string;
  readonly withOffset: boolean;
}

/**
 * Base rates per opportunity (a regular shift, an off day, any day). Overtime rates are scaled by
 * the officer's appetite. Tuned so a year looks like a patrol division's: most officers within
 * limits, some short rests after court or details, a few heavy overtime months.
 */
export const RATES = {
  /** Per regular shift: overtime directly after it (report writing, a late call). */
  holdover: 0.07,
  /** Per regular shift: overtime directly before it. */
  earlyCallIn: 0.01,
  /** Per regular shift: an off-duty detail (event, traffic) a few hours after it. */
  detail: 0.01,
  /** Per regular shift: a sick day. */
  sick: 0.02,
  /** Per off day: a whole or half overtime shift. */
  extraShift: 0.05,
  /** Per off day: an operation shift, with an operation id and role. */
  operation: 0.004,
  /** Per off day. */
  training: 0.03,
  /** Per off day. */
  travel: 0.003,
  /** Per day. */
  court: 0.025,
  /** Leave blocks of 5–13 days per year. */
  leaveBlocksPerYear: 2.5,
  /** Chance that a week is an on-call week, for officers on the rota. */
  onCallWeek: 0.2,
  /** Per on-call night. */
  callback: 0.25,
  /** Share of records exported with a UTC offset rather than wall-clock time. */
  offsetRecord: 0.02,
} as const;

const HOLDOVER_MINUTES = [30, 30, 45, 60, 60, 90, 120, 180, 240];
const OPERATION_ROLES = ['perimeter', 'traffic-control', 'surveillance', 'staging'];
// Shifts of the schedule itself are at least this far apart; closer ones (a team swap on a
// rotating Pitman) leave the day off, as a real rota would.
const MIN_SCHEDULED_REST_MS = 8 * MS_PER_HOUR;

interface Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * Lays out one officer's duty records over `days` local days from `firstDay`: the rotation's
 * regular shifts less leave and sick days, then holdovers, details, extra overtime, court,
 * training, travel and on-call weeks with callbacks. Duty records never overlap one another and
 * on-call records never overlap one another (the importer rejects both); on-call may contain duty.
 * Returned sorted by start.
 */
export function officerYear(profile: OfficerProfile, zone: TimeZone, firstDay: number, days: number, rng: Rng): GeneratedRecord[] {
  const at = (day: number, minute: number): number => zone.toInstantLenient(day * MS_PER_DAY + minute * MS_PER_MINUTE);
  const appetite = profile.overtimeAppetite;
  const record = (start: number, end: number, kind: DutyKind, operationId = '', role = ''): GeneratedRecord => ({
    start,
    end,
    kind,
    operationId,
    role,
    withOffset: operationId !== '' || rng.next() < RATES.offsetRecord,
  });

  const regular = scheduledShifts(profile, firstDay, days, at, rng);
  const isFree = (start: number, end: number, marginMs: number): boolean => !overlapsAny(regular, start - marginMs, end + marginMs);
  const duties: GeneratedRecord[] = regular.map((s) => record(s.start, s.end, 'regular'));
  const onCall: GeneratedRecord[] = [];

  regular.forEach((shift, k) => {
    const previousEnd = k > 0 ? regular[k - 1]!.end : -Infinity;
    const nextStart = k + 1 < regular.length ? regular[k + 1]!.start : Infinity;
    if (rng.next() < RATES.holdover * (0.5 + 0.5 * appetite)) {
      const end = shift.end + HOLDOVER_MINUTES[rng.int(HOLDOVER_MINUTES.length)]! * MS_PER_MINUTE;
      if (end <= nextStart) duties.push(record(shift.end, end, 'overtime'));
    }
    if (rng.next() < RATES.earlyCallIn) {
      const start = shift.start - (1 + rng.int(2)) * MS_PER_HOUR;
      if (start >= previousEnd) duties.push(record(start, shift.start, 'overtime'));
    }
    if (rng.next() < RATES.detail * appetite) {
      const start = shift.end + (6 + rng.int(5)) * 30 * MS_PER_MINUTE;
      const end = start + 4 * MS_PER_HOUR;
      if (isFree(start, end, 0)) duties.push(record(start, end, 'overtime'));
    }
  });

  const workDays = new Set(regular.map((s) => zone.localDayOf(s.start as Instant)));
  for (let d = firstDay; d < firstDay + days; d++) {
    if (!workDays.has(d)) {
      if (rng.next() < RATES.extraShift * appetite) {
        const minutes = rng.next() < 0.3 ? 240 : Math.min(SHIFT_MINUTES[profile.rotation], 600);
        const start = at(d, profile.startMinute);
        const end = at(d, profile.startMinute + minutes);
        if (isFree(start, end, 4 * MS_PER_HOUR)) duties.push(record(start, end, 'overtime'));
      } else if (rng.next() < RATES.operation) {
        const start = at(d, [360, 600, 1080][rng.int(3)]!);
        const end = start + (6 + rng.int(5)) * MS_PER_HOUR;
        const operationId = `OP-2026-${String(1 + rng.int(80)).padStart(3, '0')}`;
        if (isFree(start, end, 4 * MS_PER_HOUR)) duties.push(record(start, end, 'overtime', operationId, OPERATION_ROLES[rng.int(OPERATION_ROLES.length)]!));
      } else if (rng.next() < RATES.training) {
        const start = at(d, 480);
        const end = at(d, rng.next() < 0.3 ? 720 : 960);
        if (isFree(start, end, 2 * MS_PER_HOUR)) duties.push(record(start, end, 'training'));
      } else if (rng.next() < RATES.travel) {
        const start = at(d, 600);
        const end = start + (3 + rng.int(4)) * MS_PER_HOUR;
        if (isFree(start, end, MS_PER_HOUR)) duties.push(record(start, end, 'travel'));
      }
    }
    if (rng.next() < RATES.court) {
      const start = at(d, [510, 540, 780][rng.int(3)]!);
      const end = start + (4 + rng.int(5)) * 30 * MS_PER_MINUTE;
      if (isFree(start, end, 0)) duties.push(record(start, end, 'court'));
    }
  }

  if (profile.onCallRota) {
    for (let week = firstDay; week < firstDay + days; week += 7) {
      if (rng.next() >= RATES.onCallWeek) continue;
      for (let d = week; d < Math.min(week + 7, firstDay + days); d++) {
        const start = at(d, 17 * 60);
        const end = at(d + 1, 7 * 60);
        onCall.push(record(start, end, 'on_call'));
        if (rng.next() < RATES.callback) {
          const minutes = (3 + rng.int(6)) * 30;
          const from = start + rng.int((end - start - minutes * MS_PER_MINUTE) / (30 * MS_PER_MINUTE) + 1) * 30 * MS_PER_MINUTE;
          const to = from + minutes * MS_PER_MINUTE;
          if (isFree(from, to, 0)) duties.push(record(from, to, 'overtime'));
        }
      }
    }
  }

  return [...withoutOverlaps(duties), ...withoutOverlaps(onCall)].sort((a, b) => a.start - b.start);
}

/** The rotation's shifts, less leave blocks and sick days, as sorted disjoint intervals. */
function scheduledShifts(profile: OfficerProfile, firstDay: number, days: number, at: (day: number, minute: number) => number, rng: Rng): Interval[] {
  const pattern = ROTATION_PATTERNS[profile.rotation];
  const onLeave = new Uint8Array(days);
  const blocks = Math.floor((days / 365) * RATES.leaveBlocksPerYear + rng.next());
  for (let b = 0; b < blocks; b++) {
    const from = rng.int(days);
    onLeave.fill(1, from, Math.min(days, from + 5 + rng.int(9)));
  }
  const swapOffset = rng.int(28);
  const shifts: Interval[] = [];
  let lastEnd = -Infinity;
  for (let i = 0; i < days; i++) {
    const d = firstDay + i;
    if (pattern[(((d + profile.phase) % pattern.length) + pattern.length) % pattern.length] !== 1 || onLeave[i] === 1) continue;
    if (rng.next() < RATES.sick) continue;
    const swapped = profile.swapStartMinute !== undefined && Math.floor((d + swapOffset) / 28) % 2 === 1;
    const startMinute = swapped ? profile.swapStartMinute! : profile.startMinute;
    const start = at(d, startMinute);
    const end = at(d, startMinute + SHIFT_MINUTES[profile.rotation]);
    if (start < lastEnd + MIN_SCHEDULED_REST_MS) continue;
    shifts.push({ start, end });
    lastEnd = end;
  }
  return shifts;
}

/** Whether [start, end) overlaps any of `sorted` (disjoint intervals sorted by start). */
function overlapsAny(sorted: readonly Interval[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  // `lo` is the first interval starting at or after `end`; only the one before it can overlap.
  return lo > 0 && sorted[lo - 1]!.end > start;
}

/**
 * Keeps records in start order, dropping any that starts before the kept ones end. Regular shifts
 * come first in `records` and the sort is stable, so at equal starts the schedule wins.
 */
function withoutOverlaps(records: GeneratedRecord[]): GeneratedRecord[] {
  const sorted = records.sort((a, b) => a.start - b.start);
  const kept: GeneratedRecord[] = [];
  let end = -Infinity;
  for (const r of sorted) {
    if (r.start < end) continue;
    kept.push(r);
    end = r.end;
  }
  return kept;
}
