import type { OfficerExposure } from './fatigue-exposure.ts';

/**
 * Officers' fatigue exposures by officer and range, each kept with the generation it was computed
 * under (the roster board cache's `partGeneration` of the officer, which a write to their records,
 * their unit or the policy changes). After one officer's record is edited only that officer's
 * prediction is run again — the expensive part of the dashboards.
 */
export class OfficerExposureCache {
  readonly #entries = new Map<string, { generation: string; value: OfficerExposure }>();

  constructor(private readonly max = 20_000) {}

  get(key: string, generation: string, compute: () => OfficerExposure): OfficerExposure {
    const kept = this.#entries.get(key);
    if (kept !== undefined && kept.generation === generation) return kept.value;
    const value = compute();
    this.#entries.delete(key);
    if (this.#entries.size >= this.max) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, { generation, value });
    return value;
  }
}
