import type { Instant } from '@muster/kernel';

/** One write, as the audit log keeps it: who, when, what, and the entity before and after. */
export interface AuditEntry {
  readonly at: Instant;
  readonly actorId?: string;
  readonly actorEmail?: string;
  /** What was done, e.g. `duty-record.create`, `override.create`, `import.shifts`. */
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface StoredAuditEntry extends AuditEntry {
  readonly id: number;
}

export interface AuditFilter {
  readonly entity?: string;
  readonly entityId?: string;
  readonly actorId?: string;
  /** Entries with a smaller id than this (paging backwards from the newest). */
  readonly beforeId?: number;
  readonly limit: number;
}

/** The append-only audit log: entries are added, never changed or removed. */
export interface AuditStore {
  append(entries: readonly AuditEntry[]): Promise<void>;
  /** Newest first. */
  list(filter: AuditFilter): Promise<StoredAuditEntry[]>;
}
