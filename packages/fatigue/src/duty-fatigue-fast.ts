import { type Instant, MS_PER_DAY, MS_PER_HOUR, type TimeZone } from '@muster/kernel';
import { circadianTable } from './circadian-table.ts';
import type { DutyFatigue } from './duty-fatigue.ts';
import type { SleepInterval } from './epoch-grid.ts';
import { type TpmState, tpmC, tpmSleepS, tpmU, tpmWakeS } from './tpm.ts';
import type { TpmParameters } from './tpm-parameters.ts';
import { type UnifiedState, unifiedC, unifiedSleep, unifiedWake } from './unified.ts';
import type { UnifiedParameters } from './unified-parameters.ts';

export interface DutyEvaluationInput {
  /** First epoch; the officer is awake there in the given initial states (e.g. a habitual waking). */
  readonly origin: Instant;
  readonly epochMinutes: number;
  readonly zone: TimeZone;
  /** Assumed sleep, sorted by start. */
  readonly sleep: readonly SleepInterval[];
  readonly tpm: TpmParameters;
  readonly unified: UnifiedParameters;
  readonly initialTpm: TpmState;
  readonly initialUnified: UnifiedState;
  /** Hours the bout at the origin had already lasted (see runTpm); 0 for a waking at the origin. */
  readonly firstBoutElapsedH?: number;
  /**
   * A KSS level to count against: when set, each result's `awakeEpochsAtOrAboveKss` is the number of
   * its awake on-duty epochs with KSS at or above it (exact `>=`, as the domain's 'at-or-above').
   */
  readonly kssCountLevel?: number;
}

/**
 * The same duty summaries as {@link summarizeDuties} on a full grid, computed only at the epochs
 * of the duties: the model state is carried bout to bout in closed form, and inside a duty each
 * term advances by its exact per-epoch factor (one `exp` per bout, not per epoch). Agrees with the
 * full grid to rounding (a property test checks 1e-9). Used where only duty-level figures are
 * needed: the compliance rules and the 20,000-officer benchmark.
 */
/**
 * Thresholds below which a duty's peaks do not matter to the caller. A duty whose proven upper
 * bound on KSS and on lapses lies below both is not evaluated epoch by epoch: its peaks and means
 * are NaN and `screened` is true (hours awake at its end are still exact). With a
 * `kssCountLevel`, a duty is screened only if its KSS bound also lies below that level, so its
 * count is then exactly 0 (lapses: Infinity screens on KSS alone).
 */
export interface FatigueScreen {
  readonly kss: number;
  readonly lapses: number;
}

export function evaluateDuties(input: DutyEvaluationInput, duties: readonly SleepInterval[], screen?: FatigueScreen): DutyFatigue[] {
  const { tpm: p, unified: q, zone } = input;
  const epochMs = input.epochMinutes * 60_000;
  const epochH = epochMs / MS_PER_HOUR;
  // Sleep as merged epoch-index intervals [from, to), as the grid marks it.
  const asleep: number[] = [];
  for (const episode of input.sleep) {
    const from = Math.max(0, Math.round((episode.start - input.origin) / epochMs));
    const to = Math.round((episode.end - input.origin) / epochMs);
    if (to <= from) continue;
    const last = asleep.length - 2;
    if (last >= 0 && from <= asleep[last + 1]!) asleep[last + 1] = Math.max(asleep[last + 1]!, to);
    else asleep.push(from, to);
  }
  const { tpmCU, unifiedKappaC, tpmCUMinByHour, unifiedKappaCMaxByHour } = circadianTable(p, q);
  const epochSeconds = epochMs / 1000;
  const wholeSeconds = Number.isInteger(epochSeconds) && Number.isInteger(input.origin / 1000);
  const sDecay = Math.exp(p.d * epochH);
  const wDecay = Math.exp(p.Wd * epochH);
  const swDecay = Math.exp(-epochH / q.tau_w);
  // Without a level nothing is counted (no finite KSS is >= Infinity) and screening is as before.
  const countLevel = input.kssCountLevel ?? Infinity;

  // Walk bouts: bout b is awake from asleep[2b-1] (or 0) to asleep[2b]; state at each wake.
  let wakeIndex = 0; // first epoch of the current awake bout
  let nextSleep = 0; // index into asleep of the sleep that ends this awake bout
  let sw = input.initialTpm.sw;
  let uniWake = input.initialUnified;
  const elapsed = input.firstBoutElapsedH ?? 0;
  if (asleep.length > 0 && asleep[0] === 0) {
    // Starts asleep: the initial states are those at the onset of that sleep, `elapsed` hours earlier.
    sw = tpmSleepS(p, input.initialTpm.ss, asleep[1]! * epochH + elapsed);
    uniWake = unifiedSleep(q, input.initialUnified, asleep[1]! * epochH + elapsed);
    wakeIndex = asleep[1]!;
    nextSleep = 2;
  }
  const advanceTo = (k: number): void => {
    // Move to the awake bout containing or following epoch k.
    while (nextSleep < asleep.length && asleep[nextSleep + 1]! <= k) {
      const sleepStart = asleep[nextSleep]!;
      const sleepEnd = asleep[nextSleep + 1]!;
      const awakeHours = (sleepStart - wakeIndex) * epochH;
      const sleepHours = (sleepEnd - sleepStart) * epochH;
      sw = tpmSleepS(p, tpmWakeS(p, sw, awakeHours), sleepHours);
      uniWake = unifiedSleep(q, unifiedWake(q, uniWake, awakeHours), sleepHours);
      wakeIndex = sleepEnd;
      nextSleep += 2;
    }
  };

  return duties.map((duty) => {
    const first = Math.max(0, Math.ceil((duty.start - input.origin) / epochMs));
    const last = Math.ceil((duty.end - input.origin) / epochMs) - 1;
    let awakeEpochs = 0;
    let maxKss = -Infinity;
    let maxKssK = -1;
    let minAlertness = Infinity;
    let sumKss = 0;
    let maxLapses = -Infinity;
    let maxLapsesK = -1;
    let sumLapses = 0;
    let hoursAwakeAtMaxKss = NaN;
    let atOrAbove = 0;
    let k = first;
    // Screening: when the whole duty lies in one awake bout, bound its peaks from the bout's
    // monotone terms and the clock hours it covers; skip the epochs if both bounds are below (and
    // the KSS bound below the count level, so the count of a skipped duty is 0).
    let screened = false;
    if (screen && wholeSeconds && last >= first) {
      advanceTo(first);
      const sleepStart = nextSleep < asleep.length ? asleep[nextSleep]! : Infinity;
      if (first >= wakeIndex && last < sleepStart) {
        const t0 = (first - wakeIndex) * epochH;
        const t1 = (last - wakeIndex) * epochH;
        const s0 = tpmWakeS(p, sw, t0);
        const s1 = tpmWakeS(p, sw, t1);
        const w0 = p.Wc * Math.exp(p.Wd * t0);
        const w1 = p.Wc * Math.exp(p.Wd * t1);
        let cuMin = Infinity;
        let kcMax = -Infinity;
        const hours = coveredHours(zone, input.origin + first * epochMs, input.origin + last * epochMs);
        for (const hour of hours) {
          cuMin = Math.min(cuMin, tpmCUMinByHour[hour]!);
          kcMax = Math.max(kcMax, unifiedKappaCMaxByHour[hour]!);
        }
        // KSS falls as S + C + U + W rises (beta < 0 with any published parameters); otherwise no bound.
        const lowSum = Math.min(s0, s1) + cuMin + Math.min(w0, w1);
        const kssBound = p.KSS_beta <= 0 ? p.KSS_intercept + p.KSS_beta * lowSum : Infinity;
        const u0 = unifiedWake(q, uniWake, t0).s;
        const u1 = unifiedWake(q, uniWake, t1).s;
        const lapsesBound = Math.max(u0, u1) + kcMax;
        screened = kssBound < screen.kss && lapsesBound < screen.lapses && kssBound < countLevel;
      }
    }
    if (screened) k = last + 1;
    while (k <= last) {
      advanceTo(k);
      const sleepStart = nextSleep < asleep.length ? asleep[nextSleep]! : Infinity;
      if (k >= sleepStart) {
        k = Math.min(last + 1, asleep[nextSleep + 1]!); // asleep on duty: skip those epochs
        continue;
      }
      const segmentEnd = Math.min(last, sleepStart - 1);
      // Closed form at the segment's first epoch, exact per-epoch factors after it.
      const t0 = (k - wakeIndex) * epochH;
      let sMinusLa = (sw - p.la) * Math.exp(p.d * t0);
      let w = p.Wc * Math.exp(p.Wd * t0);
      let uMinusS = (q.U0 - uniWake.s) * Math.exp(-t0 / q.tau_w);
      // Second of the local day, advanced per epoch; the offset is re-read only when the epoch
      // leaves its span of constant offset (a clock change).
      let at = input.origin + k * epochMs;
      let span = zone.offsetSpan(at as Instant);
      let second = secondOfDay(at + span.offset);
      for (; k <= segmentEnd; k++) {
        if (at >= span.to || at < span.from) {
          span = zone.offsetSpan(at as Instant);
          second = secondOfDay(at + span.offset);
        }
        let cu: number;
        let kc: number;
        if (wholeSeconds) {
          cu = tpmCU[second]!;
          kc = unifiedKappaC[second]!;
        } else {
          const tod = ((((at + span.offset) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_HOUR;
          cu = tpmC(p, tod) + tpmU(p, tod);
          kc = q.kappa * unifiedC(q, tod);
        }
        const s = p.la + sMinusLa;
        const sum = s + cu;
        const kss = p.KSS_intercept + p.KSS_beta * (sum + w);
        const lapses = q.U0 - uMinusS + kc;
        awakeEpochs++;
        if (kss >= countLevel) atOrAbove++;
        if (kss > maxKss) {
          maxKss = kss;
          maxKssK = k;
          hoursAwakeAtMaxKss = (k - wakeIndex) * epochH;
        }
        if (lapses > maxLapses) {
          maxLapses = lapses;
          maxLapsesK = k;
        }
        if (sum < minAlertness) minAlertness = sum;
        sumKss += kss;
        sumLapses += lapses;
        sMinusLa *= sDecay;
        w *= wDecay;
        uMinusS *= swDecay;
        at += epochMs;
        second += epochSeconds;
        if (second >= 86_400) second -= 86_400;
      }
    }
    const endK = Math.round((duty.end - input.origin) / epochMs);
    advanceTo(endK);
    const endAsleep = nextSleep < asleep.length && endK >= asleep[nextSleep]!;
    const hoursAwakeAtEnd = endAsleep ? NaN : (endK - wakeIndex) * epochH;
    return {
      start: duty.start,
      end: duty.end,
      epochsOnDuty: Math.max(0, last - first + 1),
      awakeEpochsOnDuty: awakeEpochs,
      maxKss: awakeEpochs > 0 ? maxKss : NaN,
      maxKssAt: maxKssK < 0 ? duty.start : ((input.origin + maxKssK * epochMs) as Instant),
      minAlertness: awakeEpochs > 0 ? minAlertness : NaN,
      meanKss: awakeEpochs > 0 ? sumKss / awakeEpochs : NaN,
      maxLapses: awakeEpochs > 0 ? maxLapses : NaN,
      maxLapsesAt: maxLapsesK < 0 ? duty.start : ((input.origin + maxLapsesK * epochMs) as Instant),
      meanLapses: awakeEpochs > 0 ? sumLapses / awakeEpochs : NaN,
      screened,
      hoursAwakeAtEnd,
      hoursAwakeAtMaxKss,
      ...(input.kssCountLevel === undefined ? {} : { awakeEpochsAtOrAboveKss: atOrAbove }),
    };
  });
}

/**
 * The local clock hours (0–23) that epochs from `from` to `to` can fall in. Reads the clock at both
 * ends (a clock change in between only skips or repeats an hour inside the range); a span of 23 h or
 * more covers every hour.
 */
function coveredHours(zone: TimeZone, from: number, to: number): number[] {
  if (to - from >= 23 * MS_PER_HOUR) return ALL_HOURS;
  const first = Math.floor(secondOfDay(zone.toWallClock(from as Instant)) / 3600);
  const last = Math.floor(secondOfDay(zone.toWallClock(to as Instant)) / 3600);
  const hours: number[] = [];
  for (let h = first; ; h = (h + 1) % 24) {
    hours.push(h);
    if (h === last || hours.length === 24) break;
  }
  return hours;
}

const ALL_HOURS = Array.from({ length: 24 }, (_, h) => h);

function secondOfDay(wallMs: number): number {
  return Math.floor((((wallMs % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / 1000);
}
