import type { DutyKind, DutyRecord } from '@muster/domain';
import type { Instant } from '@muster/kernel';

/** A planned (draft), published or cancelled record. Cancelled records stay, for the audit trail. */
export const DUTY_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type DutyStatus = (typeof DUTY_STATUSES)[number];

/** A ledger entry as stored. */
export interface StoredDutyRecord extends DutyRecord {
  readonly id: number;
  readonly status: DutyStatus;
  readonly updatedAt: Instant;
}

/** A new entry of the ledger. */
export interface NewDutyRecord extends Omit<DutyRecord, 'line'> {
  readonly status: DutyStatus;
}

/** The fields of an entry a change may set. */
export interface DutyRecordChange {
  readonly officerId?: string;
  readonly start?: Instant;
  readonly end?: Instant;
  readonly kind?: DutyKind;
  readonly status?: DutyStatus;
}

/** The duty-time ledger. */
export interface DutyStore {
  /**
   * Records of these officers that overlap [from, to), by officer then start; cancelled ones only
   * when asked.
   */
  between(officerIds: readonly string[], from: Instant, to: Instant, options?: { readonly includeCancelled?: boolean }): Promise<StoredDutyRecord[]>;
  get(id: number): Promise<StoredDutyRecord | undefined>;
  /** Appends records (in batches), returning them with their ids, in input order. */
  insertMany(records: readonly NewDutyRecord[], at: Instant): Promise<StoredDutyRecord[]>;
  update(id: number, change: DutyRecordChange, at: Instant): Promise<StoredDutyRecord | undefined>;
  count(): Promise<number>;
}
