import type { RiskIndexParams } from './risk-index/risk-index-params.ts';
import type { SleepInferenceParameters } from './sleep-inference-parameters.ts';
import type { TpmParameters } from './tpm-parameters.ts';
import type { UnifiedParameters } from './unified-parameters.ts';

/** A parameter value the engine cannot use, named by its key path (e.g. `sleep.commuteMinutes`). */
export interface ParameterProblem {
  readonly key: string;
  readonly message: string;
}

export interface FatigueParameterSet {
  readonly epochMinutes: number;
  readonly tpm: TpmParameters;
  readonly unified: UnifiedParameters;
  readonly sleep: SleepInferenceParameters;
  readonly riskIndex: RiskIndexParams;
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Every value of a parameter set that would make a model meaningless or fail (a decay that grows,
 * a division by zero, an empty table), so that a policy is rejected with the key named instead of
 * failing during a check. The one definition of what the engine accepts.
 */
export function fatigueParameterProblems(p: FatigueParameterSet): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  const need = (ok: boolean, key: string, message: string): void => {
    if (!ok) problems.push({ key, message });
  };
  need(p.epochMinutes > 0 && p.epochMinutes <= 60, 'epochMinutes', `expected minutes between 1 and 60, got ${p.epochMinutes}`);

  const s = p.sleep;
  need(CLOCK.test(s.habitualSleepStart), 'sleep.habitualSleepStart', `expected a local time "HH:MM", got "${s.habitualSleepStart}"`);
  need(CLOCK.test(s.habitualSleepEnd), 'sleep.habitualSleepEnd', `expected a local time "HH:MM", got "${s.habitualSleepEnd}"`);
  need(s.habitualSleepStart !== s.habitualSleepEnd, 'sleep.habitualSleepEnd', 'habitual sleep must end at another time than it starts');
  for (const key of ['commuteMinutes', 'preparationMinutes', 'windDownMinutes', 'minSleepMinutes', 'lateWakeExtensionHours', 'earlyBedtimeAdvanceHours'] as const) {
    need(s[key] >= 0, `sleep.${key}`, `must not be negative, got ${s[key]}`);
  }
  need(s.recoverySleepHours > 0 && s.recoverySleepHours <= 24, 'sleep.recoverySleepHours', `expected hours in (0, 24], got ${s.recoverySleepHours}`);
  need(s.napHours > 0 && s.napHours <= 12, 'sleep.napHours', `expected hours in (0, 12], got ${s.napHours}`);

  const t = p.tpm;
  need(t.ha > t.bl && t.bl > t.la, 'tpm.bl', `the break level must lie between the asymptotes (la ${t.la} < bl ${t.bl} < ha ${t.ha})`);
  need(t.d < 0, 'tpm.d', `S must decline while awake: d must be negative, got ${t.d}`);
  need(t.g < 0, 'tpm.g', `S must recover in sleep: g must be negative, got ${t.g}`);
  need(t.Wd <= 0, 'tpm.Wd', `sleep inertia must wear off: Wd must not be positive, got ${t.Wd}`);

  const u = p.unified;
  for (const key of ['tau_s', 'tau_w', 'tau_la'] as const) need(u[key] > 0, `unified.${key}`, `a time constant must be positive, got ${u[key]}`);
  need(u.tau_s !== u.tau_la, 'unified.tau_la', 'tau_la must differ from tau_s (the sleep solution divides by their difference)');
  need(u.harmonics.length > 0, 'unified.harmonics', 'the circadian term needs at least one harmonic');

  const r = p.riskIndex;
  for (const key of ['nightWindowStartHour', 'nightWindowEndHour', 'morningFromHour', 'afternoonFromHour'] as const) {
    need(r[key] >= 0 && r[key] < 24, `riskIndex.${key}`, `expected an hour in [0, 24), got ${r[key]}`);
  }
  need(r.minNightHours > 0, 'riskIndex.minNightHours', `must be positive, got ${r.minNightHours}`);
  for (const type of ['morning', 'afternoon', 'night'] as const) {
    need(r.timeOfDayFactors[type] > 0, `riskIndex.timeOfDayFactors.${type}`, 'a relative risk must be positive');
    need(
      r.successiveFactors[type].length > 0 && r.successiveFactors[type].every((f) => f > 0),
      `riskIndex.successiveFactors.${type}`,
      'needs at least one positive relative risk (the first shift of a run)',
    );
  }
  const points = r.shiftLengthFactors;
  need(points.length > 0, 'riskIndex.shiftLengthFactors', 'needs at least one point, e.g. { hours: 8, factor: 1 }');
  need(
    points.every((point, i) => point.factor > 0 && (i === 0 || point.hours > points[i - 1]!.hours)),
    'riskIndex.shiftLengthFactors',
    'points must be sorted by hours, without repeats, with positive factors',
  );
  need(r.quickReturnBelowHours >= 0 && r.quickReturnFactor > 0, 'riskIndex.quickReturnFactor', 'needs a non-negative rest limit and a positive relative risk');
  need(r.assumedBreakIntervalHours > 0, 'riskIndex.assumedBreakIntervalHours', `must be positive, got ${r.assumedBreakIntervalHours}`);
  need(
    r.breakTrendSpellHours > r.breakTrendPeriodHours && r.breakTrendPeriodHours > 0 && r.breakTrendLastToFirstRatio > 0,
    'riskIndex.breakTrendPeriodHours',
    `the break trend needs a spell longer than its comparison period (${r.breakTrendSpellHours} h vs ${r.breakTrendPeriodHours} h) and a positive ratio`,
  );
  return problems;
}
