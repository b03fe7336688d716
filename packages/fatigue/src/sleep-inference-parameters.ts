/**
 * The rules muster uses to expect sleep from a roster when no sleep log exists. Times of day are
 * local "HH:MM"; durations in minutes or hours as named. Defaults describe a day-oriented adult
 * (habitual sleep 23:00–07:00) with a 30-minute commute.
 */
export interface SleepInferenceParameters {
  /** Local start of habitual night sleep. */
  readonly habitualSleepStart: string;
  /** Local end of habitual night sleep (next morning). */
  readonly habitualSleepEnd: string;
  /** One-way commute between home and duty. */
  readonly commuteMinutes: number;
  /** Time awake before leaving for duty (waking, washing, eating). */
  readonly preparationMinutes: number;
  /** Time awake after getting home before sleep is possible. */
  readonly windDownMinutes: number;
  /** Length of the main sleep after a duty that takes the night (FIPS scenario B: 7 h). */
  readonly recoverySleepHours: number;
  /** How much later than habitual an officer sleeps when bedtime was late, at most. */
  readonly lateWakeExtensionHours: number;
  /** How much earlier than habitual an officer goes to bed before an early start, at most. */
  readonly earlyBedtimeAdvanceHours: number;
  /** Sleep opportunities shorter than this are not counted as sleep. */
  readonly minSleepMinutes: number;
  /** Assume a nap before the first night duty of a run (off: predictions do not assume sleep that may not happen). */
  readonly preNightNap: boolean;
  /** Length of that nap. */
  readonly napHours: number;
}

export const SLEEP_INFERENCE_DEFAULTS: SleepInferenceParameters = {
  habitualSleepStart: '23:00',
  habitualSleepEnd: '07:00',
  commuteMinutes: 30,
  preparationMinutes: 30,
  windDownMinutes: 30,
  recoverySleepHours: 7,
  lateWakeExtensionHours: 2,
  earlyBedtimeAdvanceHours: 1,
  minSleepMinutes: 60,
  preNightNap: false,
  napHours: 1.5,
};
