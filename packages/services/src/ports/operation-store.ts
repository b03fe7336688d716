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
  /** Operations the officer has a duty record on (not cancelled), in start order. */
  assignedTo(officerId: string): Promise<StoredOperation[]>;
  insertMany(operations: readonly StoredOperation[]): Promise<void>;
}
