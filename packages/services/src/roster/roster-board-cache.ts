/**
 * Finished roster-board responses, kept until a write touches the unit (or the policy changes).
 * A board is the costliest read (every rule over every officer of a unit), and a whole unit reads
 * the same few boards, so serving repeats from memory is what keeps the board fast under load.
 */
export class RosterBoardCache {
  readonly #entries = new Map<string, { readonly generation: number; readonly body: string }>();
  readonly #unitGeneration = new Map<string, number>();
  #policyGeneration = 0;
  readonly #maxEntries: number;

  constructor(maxEntries = 500) {
    this.#maxEntries = maxEntries;
  }

  #generation(unitId: string): number {
    return (this.#unitGeneration.get(unitId) ?? 0) * 1_000_000 + this.#policyGeneration;
  }

  get(unitId: string, key: string): string | undefined {
    const entry = this.#entries.get(`${unitId}|${key}`);
    return entry !== undefined && entry.generation === this.#generation(unitId) ? entry.body : undefined;
  }

  /** Keeps a body computed under the generation read before computing it, so a write during the computation is not masked. */
  put(unitId: string, key: string, generation: number, body: string): void {
    if (generation !== this.#generation(unitId)) return;
    if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(`${unitId}|${key}`, { generation, body });
  }

  /** The generation to pass to `put` for a computation starting now. */
  generation(unitId: string): number {
    return this.#generation(unitId);
  }

  /** A write touched these units' records, officers or overrides. */
  invalidateUnits(unitIds: Iterable<string>): void {
    for (const unitId of unitIds) this.#unitGeneration.set(unitId, (this.#unitGeneration.get(unitId) ?? 0) + 1);
  }

  /** The policy (or anything every unit reads) changed. */
  invalidateAll(): void {
    this.#policyGeneration++;
  }
}
