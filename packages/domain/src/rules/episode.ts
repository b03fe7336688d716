import type { Instant } from '@muster/kernel';
import type { FindingLevel, MeasureUnit } from '../findings/finding.ts';
import { LEVEL_ORDER } from '../findings/finding.ts';
import type { FindingSink } from './rule-definition.ts';

/**
 * Joins overlapping windows that each break a limit into one finding about their worst window,
 * so that a heavy week is reported once, not once per duty that starts inside it.
 */
export class EpisodeCollector {
  readonly #ruleId: string;
  readonly #officerId: string;
  readonly #unit: MeasureUnit;
  readonly #worseIsHigher: boolean;
  readonly #emit: FindingSink;
  #open = false;
  #level: FindingLevel = 'warn';
  #limit = 0;
  #measured = 0;
  #start = 0;
  #end = 0;
  #episodeStart = 0;
  #episodeEnd = 0;
  #windows = 0;

  constructor(ruleId: string, officerId: string, unit: MeasureUnit, worseIsHigher: boolean, emit: FindingSink) {
    this.#ruleId = ruleId;
    this.#officerId = officerId;
    this.#unit = unit;
    this.#worseIsHigher = worseIsHigher;
    this.#emit = emit;
  }

  /** Adds a window [start, end) that crossed `limit` at `level` with value `measured`. */
  add(start: number, end: number, measured: number, level: FindingLevel, limit: number): void {
    if (this.#open && start >= this.#episodeEnd) this.flush();
    if (!this.#open) {
      this.#open = true;
      this.#episodeStart = start;
      this.#windows = 0;
      this.#take(start, end, measured, level, limit);
    } else if (this.#isWorse(measured, level)) {
      this.#take(start, end, measured, level, limit);
    }
    this.#windows++;
    if (end > this.#episodeEnd) this.#episodeEnd = end;
  }

  /** Emits the open episode, if any. Call after the last window. */
  flush(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#emit({
      ruleId: this.#ruleId,
      level: this.#level,
      officerId: this.#officerId,
      start: this.#start as Instant,
      end: this.#end as Instant,
      measured: this.#measured,
      limit: this.#limit,
      unit: this.#unit,
      facts: { windows: this.#windows, episodeStart: this.#episodeStart, episodeEnd: this.#episodeEnd },
    });
  }

  #isWorse(measured: number, level: FindingLevel): boolean {
    if (LEVEL_ORDER[level] !== LEVEL_ORDER[this.#level]) return LEVEL_ORDER[level] > LEVEL_ORDER[this.#level];
    return this.#worseIsHigher ? measured > this.#measured : measured < this.#measured;
  }

  #take(start: number, end: number, measured: number, level: FindingLevel, limit: number): void {
    this.#start = start;
    this.#end = end;
    this.#measured = measured;
    this.#level = level;
    this.#limit = limit;
  }
}
