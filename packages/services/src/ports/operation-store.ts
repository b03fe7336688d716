import type { Operation } from '@muster/domain';

/** An operation as stored, with the unit that runs it (if any). */
export interface StoredOperation extends Operation {
  readonly unitId?: string;
}

/** Planned operations (surges, warrant services) with their windows and staffing needs. */
export interface OperationStore {
  /** In start order. */
  list(): Promise<StoredOperation[]>;
  get(id: string): Promise<StoredOperation | undefined>;
  insertMany(operations: readonly StoredOperation[]): Promise<void>;
}
