import type { OfficerQualification } from '@muster/domain';

/** A qualification grant as stored, with its row id. */
export interface StoredQualification extends OfficerQualification {
  readonly id: number;
}

/** Qualification grants; a grant is identified by officer, qualification and issue day. */
export interface QualificationStore {
  /** Grants of these officers (all officers when absent), by officer, qualification, issued. */
  forOfficers(officerIds?: readonly string[]): Promise<StoredQualification[]>;
  /** Adds grants; one already held (same officer, qualification and issue day) is left as it is. */
  insertMany(grants: readonly OfficerQualification[]): Promise<StoredQualification[]>;
}
