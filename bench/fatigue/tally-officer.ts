import type { Instant, TimeZone } from '@muster/kernel';
import { type SleepInterval, predictDutyFatigue } from '@muster/fatigue';
import { type FatigueTally, KSS_BIN, KSS_BLOCK, KSS_WARN, LAPSES_BIN, LAPSES_LEVEL, binOf } from './fatigue-tally.ts';

/**
 * Predicts one officer's duty-level fatigue over their whole record — `predictDutyFatigue` from the
 * first duty's start to the last duty's end, sleep inferred, steady-state start — and writes their
 * figures into row `row` of `tally`. `starts` and `ends` are the officer's duty periods (sorted,
 * disjoint, epoch ms), as `buildDutyPeriods` gives them. The worker and the in-process path both
 * call this, so they compute the same thing by construction; the pool spec checks the transport.
 */
export function tallyOfficer(tally: FatigueTally, row: number, starts: Float64Array, ends: Float64Array, zone: TimeZone): void {
  const count = starts.length;
  tally.duties[row] = count;
  if (count === 0) return;
  const duties: SleepInterval[] = new Array(count);
  for (let i = 0; i < count; i++) duties[i] = { start: starts[i] as Instant, end: ends[i] as Instant };
  const figures = predictDutyFatigue({ duties, zone, from: starts[0] as Instant, to: ends[count - 1] as Instant });
  let maxKss = -Infinity;
  let maxLapses = -Infinity;
  let kss7 = 0;
  let kss8 = 0;
  let lapses10 = 0;
  for (const duty of figures) {
    // NaN (a duty with no awake epoch, e.g. asleep throughout) fails every comparison: not counted.
    if (duty.maxKss > maxKss) maxKss = duty.maxKss;
    if (duty.maxLapses > maxLapses) maxLapses = duty.maxLapses;
    if (duty.maxKss >= KSS_WARN) kss7++;
    if (duty.maxKss >= KSS_BLOCK) kss8++;
    if (duty.maxLapses >= LAPSES_LEVEL) lapses10++;
    if (!Number.isNaN(duty.maxKss)) tally.kssHistogram[binOf(duty.maxKss, KSS_BIN)]!++;
    if (!Number.isNaN(duty.maxLapses)) tally.lapsesHistogram[binOf(duty.maxLapses, LAPSES_BIN)]!++;
  }
  tally.maxKss[row] = maxKss === -Infinity ? NaN : maxKss;
  tally.maxLapses[row] = maxLapses === -Infinity ? NaN : maxLapses;
  tally.kss7[row] = kss7;
  tally.kss8[row] = kss8;
  tally.lapses10[row] = lapses10;
}
