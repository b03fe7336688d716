import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * A finished board: its JSON, compressed once on first demand (a 300-officer, 28-day board is
 * ~2.3 MB of JSON and ~80 KB gzipped; compressing it per request would cost more than serving it),
 * and an entity tag that changes whenever the board can have changed.
 */
export class BoardBody {
  #gzip: Buffer | undefined;
  constructor(
    readonly json: string,
    readonly etag: string,
    /** Epoch ms from which it is stale without any write: the first expiry of an override it shows as active. */
    readonly validUntil: number = Infinity,
  ) {}

  gzip(): Buffer {
    this.#gzip ??= gzipSync(this.json, { level: 6 });
    return this.#gzip;
  }

  /** A body that is not kept (a few rows of a board): its tag is a digest of its content. */
  static uncached(json: string): BoardBody {
    // Not kept, so never served stale: no expiry to carry.
    return new BoardBody(json, `"rows-${createHash('sha1').update(json).digest('base64url').slice(0, 20)}"`);
  }
}

/** One officer's share of a board: the items of its arrays as JSON fragments, and its counts. */
export interface OfficerPart {
  readonly records: string;
  readonly findings: string;
  readonly overrides: string;
  readonly block: number;
  readonly warn: number;
  readonly overridden: number;
  /**
   * Epoch ms from which the part is stale without any write: the earliest expiry among the
   * overrides it shows as active (an expired override no longer covers its finding). Infinity when none.
   */
  readonly validUntil: number;
}

interface Entry<T> {
  readonly generation: string;
  readonly value: T;
}

/**
 * Roster boards, kept at two grains until a write makes them stale:
 * - whole boards (finished JSON), served as they are while nothing in the unit changes;
 * - each officer's part of a board (records, findings, overrides), so that after one officer's
 *   record is edited only that officer is checked again and the board is put together from parts.
 * A write to some officers (`invalidateOfficers`) stales their parts and the unit's whole boards;
 * a write that may touch any officer of a unit (`invalidateUnits`) stales everything of the unit;
 * a policy change (`invalidateAll`) stales everything.
 */
export class RosterBoardCache {
  readonly #boards = new Map<string, Entry<BoardBody>>();
  readonly #parts = new Map<string, Entry<OfficerPart>>();
  readonly #unitGeneration = new Map<string, number>();
  readonly #unitEdits = new Map<string, number>();
  readonly #officerGeneration = new Map<string, number>();
  #policyGeneration = 0;
  // Tags of one process never repeat those of an earlier one, though generations restart at 0.
  readonly #epoch = randomBytes(4).toString('hex');

  constructor(
    private readonly maxBoards = 200,
    private readonly maxParts = 200_000,
  ) {}

  /** The generation of a unit's whole boards, to pass to `put` for a computation starting now. */
  generation(unitId: string): string {
    return `${this.#epoch}.${this.#unitGeneration.get(unitId) ?? 0}.${this.#unitEdits.get(unitId) ?? 0}.${this.#policyGeneration}`;
  }

  /** The generation of one officer's parts, to pass to `putPart` for a computation starting now. */
  partGeneration(unitId: string, officerId: string): string {
    return `${this.#epoch}.${this.#unitGeneration.get(unitId) ?? 0}.${this.#policyGeneration}.${this.#officerGeneration.get(officerId) ?? 0}`;
  }

  /** The board kept for the unit and range, if no write has staled it and no override in it has expired by `now`. */
  get(unitId: string, key: string, now: number): BoardBody | undefined {
    const entry = this.#boards.get(`${unitId}|${key}`);
    return entry !== undefined && entry.generation === this.generation(unitId) && now < entry.value.validUntil ? entry.value : undefined;
  }

  /**
   * Keeps a board computed under `generation` (read before computing it) and returns it; a write
   * during the computation makes the generation stale, and the board is then returned uncached.
   */
  put(unitId: string, key: string, generation: string, json: string, validUntil = Infinity): BoardBody {
    const body = new BoardBody(json, `"${generation}.${key.replace('|', '-')}${Number.isFinite(validUntil) ? `.${validUntil}` : ''}"`, validUntil);
    if (generation === this.generation(unitId)) remember(this.#boards, `${unitId}|${key}`, { generation, value: body }, this.maxBoards);
    return body;
  }

  getPart(unitId: string, officerId: string, key: string, generation: string, now: number): OfficerPart | undefined {
    const entry = this.#parts.get(`${unitId}|${officerId}|${key}`);
    return entry !== undefined && entry.generation === generation && now < entry.value.validUntil ? entry.value : undefined;
  }

  putPart(unitId: string, officerId: string, key: string, generation: string, part: OfficerPart): void {
    if (generation === this.partGeneration(unitId, officerId)) remember(this.#parts, `${unitId}|${officerId}|${key}`, { generation, value: part }, this.maxParts);
  }

  /** A write touched only these officers of the unit (their records or overrides). */
  invalidateOfficers(unitId: string, officerIds: Iterable<string>): void {
    for (const officerId of officerIds) bump(this.#officerGeneration, officerId);
    bump(this.#unitEdits, unitId);
  }

  /** A write may have touched any officer of these units (an import, a membership change). */
  invalidateUnits(unitIds: Iterable<string>): void {
    for (const unitId of unitIds) bump(this.#unitGeneration, unitId);
  }

  /** The policy (or anything every unit reads) changed. */
  invalidateAll(): void {
    this.#policyGeneration++;
  }
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Sets an entry, first forgetting the oldest when full (a map iterates in insertion order). */
function remember<T>(entries: Map<string, T>, key: string, value: T, max: number): void {
  entries.delete(key);
  if (entries.size >= max) entries.delete(entries.keys().next().value!);
  entries.set(key, value);
}
