import type { Instant } from '@muster/kernel';

/** A version of the agency's policy file; the newest is in force. */
export interface StoredPolicy {
  readonly version: number;
  readonly yaml: string;
  readonly createdAt: Instant;
  readonly createdBy?: string;
}

export interface PolicyStore {
  latest(): Promise<StoredPolicy | undefined>;
  /** Adds the next version (the current newest + 1). */
  append(yaml: string, at: Instant, createdBy?: string): Promise<StoredPolicy>;
}
