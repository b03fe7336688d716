import type { Unit } from '@muster/domain';

/** The agency's units. */
export interface UnitStore {
  list(): Promise<Unit[]>;
  get(id: string): Promise<Unit | undefined>;
  insertMany(units: readonly Unit[]): Promise<void>;
}
