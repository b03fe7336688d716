import type { Officer } from '@muster/domain';

/** Which officers to read; absent fields do not filter. */
export interface OfficerFilter {
  readonly unitIds?: readonly string[];
  readonly ids?: readonly string[];
}

/** The agency's officers, in id order. */
export interface OfficerStore {
  list(filter?: OfficerFilter): Promise<Officer[]>;
  get(id: string): Promise<Officer | undefined>;
  /** Inserts new officers and replaces the fields of existing ones (an import is a full description). */
  upsertMany(officers: readonly Officer[]): Promise<void>;
  count(): Promise<number>;
}
