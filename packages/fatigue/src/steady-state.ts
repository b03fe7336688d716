import { type TpmState, tpmSleepS, tpmWakeS } from './tpm.ts';
import type { TpmParameters } from './tpm-parameters.ts';
import { type UnifiedState, unifiedSleep, unifiedWake } from './unified.ts';
import type { UnifiedParameters } from './unified-parameters.ts';

/** Model states at the moment of waking, after living one daily pattern for ever. */
export interface SteadyState {
  readonly tpm: TpmState;
  readonly unified: UnifiedState;
}

/**
 * The state at waking of someone who has slept `sleepHours` every 24 h for ever: the fixed point
 * of one day of the closed-form bout functions, found by iteration to 1e-12. It replaces FIPS's
 * cold start (S0 = L0 = 0 in the Unified model takes about four weeks to settle).
 */
export function habitualSteadyState(sleepHours: number, tpm: TpmParameters, unified: UnifiedParameters): SteadyState {
  const wakeHours = 24 - sleepHours;
  let sw = tpm.S0;
  for (let i = 0; i < 10_000; i++) {
    const next = tpmSleepS(tpm, tpmWakeS(tpm, sw, wakeHours), sleepHours);
    const done = Math.abs(next - sw) < 1e-12;
    sw = next;
    if (done) break;
  }
  let state: UnifiedState = { s: unified.S0, l: unified.L0 };
  for (let i = 0; i < 10_000; i++) {
    const next = unifiedSleep(unified, unifiedWake(unified, state, wakeHours), sleepHours);
    const done = Math.abs(next.s - state.s) < 1e-12 && Math.abs(next.l - state.l) < 1e-12;
    state = next;
    if (done) break;
  }
  return { tpm: { sw, ss: tpmWakeS(tpm, sw, wakeHours) }, unified: state };
}
