import type { Instant } from '@muster/kernel';

/** A supervisor's decision to let a blocked finding stand, with a reason and an expiry. */
export interface OverrideRecord {
  readonly id: number;
  readonly officerId: string;
  readonly ruleId: string;
  readonly findingStart: Instant;
  readonly findingEnd: Instant;
  readonly reason: string;
  readonly expiresAt: Instant;
  readonly approvedBy: string;
  readonly createdAt: Instant;
  readonly revokedAt?: Instant;
  readonly revokedBy?: string;
}

export type NewOverride = Omit<OverrideRecord, 'id' | 'revokedAt' | 'revokedBy'>;

export interface OverrideFilter {
  readonly officerIds?: readonly string[];
  /** Overrides whose finding overlaps [from, to). */
  readonly from?: Instant;
  readonly to?: Instant;
}

export interface OverrideStore {
  insert(override: NewOverride): Promise<OverrideRecord>;
  get(id: number): Promise<OverrideRecord | undefined>;
  list(filter?: OverrideFilter): Promise<OverrideRecord[]>;
  revoke(id: number, by: string, at: Instant): Promise<OverrideRecord | undefined>;
}
