import type { OfficerQualification } from '@muster/domain';
import type { QualificationStore, StoredQualification } from '@muster/services';
import type { Kysely, Selectable } from 'kysely';
import { batches } from './batches.ts';
import { dayFromColumn, dayToColumn } from './calendar-day.ts';
import type { DatabaseTables, OfficerQualificationsTable } from './database-tables.ts';

const toGrant = (row: Selectable<OfficerQualificationsTable>): StoredQualification => ({
  id: row.id,
  officerId: row.officer_id,
  qualificationId: row.qualification_id,
  issued: dayFromColumn(row.issued),
  expires: dayFromColumn(row.expires),
});

export class PgQualificationStore implements QualificationStore {
  constructor(private readonly db: Kysely<DatabaseTables>) {}

  async forOfficers(officerIds?: readonly string[]): Promise<StoredQualification[]> {
    let query = this.db.selectFrom('officer_qualifications').selectAll();
    if (officerIds !== undefined) {
      if (officerIds.length === 0) return [];
      query = query.where('officer_id', 'in', [...officerIds]);
    }
    return (await query.orderBy('officer_id').orderBy('qualification_id').orderBy('issued').execute()).map(toGrant);
  }

  async insertMany(grants: readonly OfficerQualification[]): Promise<StoredQualification[]> {
    const stored: StoredQualification[] = [];
    for (const batch of batches(grants, 4)) {
      const rows = await this.db
        .insertInto('officer_qualifications')
        .values(batch.map((g) => ({ officer_id: g.officerId, qualification_id: g.qualificationId, issued: dayToColumn(g.issued), expires: dayToColumn(g.expires) })))
        .onConflict((conflict) => conflict.columns(['officer_id', 'qualification_id', 'issued']).doNothing())
        .returningAll()
        .execute();
      stored.push(...rows.map(toGrant));
    }
    return stored;
  }
}
