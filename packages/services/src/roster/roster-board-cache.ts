import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * A finished board: its JSON, compressed once on first demand (a 300-officer, 28-day board is
 * ~1.7 MB of JSON and ~60 KB gzipped; compressing it per request would cost more than serving it),
 * and an entity tag that changes whenever the board can have changed.
 */
export class BoardBody {
  #gzip: Buffer | undefined;
  constructor(
    readonly json: string,
    readonly etag: string,
  ) {}

  gzip(): Buffer {
    this.#gzip ??= gzipSync(this.json, { level: 6 });
    return this.#gzip;
  }
}

/**
 * Finished roster-board responses, kept until a write touches the unit (or the policy changes).
 * A board is the costliest read (every rule over every officer of a unit), and a whole unit reads
 * the same few boards, so serving repeats from memory is what keeps the board fast under load.
 */
export class RosterBoardCache {
  readonly #entries = new Map<string, { readonly generation: string; readonly body: BoardBody }>();
  readonly #unitGeneration = new Map<string, number>();
  #policyGeneration = 0;
  // Tags of one process never repeat those of an earlier one, though generations restart at 0.
  readonly #epoch = randomBytes(4).toString('hex');
  readonly #maxEntries: number;

  constructor(maxEntries = 200) {
    this.#maxEntries = maxEntries;
  }

  /** The generation to pass to `put` for a computation starting now. */
  generation(unitId: string): string {
    return `${this.#epoch}.${this.#unitGeneration.get(unitId) ?? 0}.${this.#policyGeneration}`;
  }

  get(unitId: string, key: string): BoardBody | undefined {
    const entry = this.#entries.get(`${unitId}|${key}`);
    return entry !== undefined && entry.generation === this.generation(unitId) ? entry.body : undefined;
  }

  /**
   * Keeps a board computed under `generation` (read before computing it) and returns it; a write
   * during the computation makes the generation stale, and the board is then returned uncached.
   */
  put(unitId: string, key: string, generation: string, json: string): BoardBody {
    const body = new BoardBody(json, `"${generation}.${key.replace('|', '-')}"`);
    if (generation !== this.generation(unitId)) return body;
    if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(`${unitId}|${key}`, { generation, body });
    return body;
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
