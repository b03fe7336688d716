import { type Instant, instant } from '@muster/kernel';
import type { NewOverride, OverrideFilter, OverrideRecord, OverrideStore } from '@muster/services';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseTables, OverridesTable } from './database-tables.ts';

const toOverride = (row: Selectable<OverridesTable>): OverrideRecord => ({
  id: row.id,
  officerId: row.officer_id,
  ruleId: row.rule_id,
  findingStart: instant(row.finding_start.getTime()),
  findingEnd: instant(row.finding_end.getTime()),
  reason: row.reason,
  expiresAt: instant(row.expires_at.getTime()),
  approvedBy: row.approved_by,
  createdAt: instant(row.created_at.getTime()),
  ...(row.revoked_at === null ? {} : { revokedAt: instant(row.revoked_at.getTime()) }),
  ...(row.revoked_by === null ? {} : { revokedBy: row.revoked_by }),
});

export class PgOverrideStore implements OverrideStore {
  constructor(private readonly db: Kysely<DatabaseTables>) {}

  async insert(o: NewOverride): Promise<OverrideRecord> {
    const row = await this.db
      .insertInto('overrides')
      .values({
        officer_id: o.officerId,
        rule_id: o.ruleId,
        finding_start: new Date(o.findingStart),
        finding_end: new Date(o.findingEnd),
        reason: o.reason,
        expires_at: new Date(o.expiresAt),
        approved_by: o.approvedBy,
        created_at: new Date(o.createdAt),
        revoked_at: null,
        revoked_by: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toOverride(row);
  }

  async get(id: number): Promise<OverrideRecord | undefined> {
    const row = await this.db.selectFrom('overrides').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toOverride(row);
  }

  async list(filter: OverrideFilter = {}): Promise<OverrideRecord[]> {
    let query = this.db.selectFrom('overrides').selectAll();
    if (filter.officerIds !== undefined) {
      if (filter.officerIds.length === 0) return [];
      query = query.where('officer_id', 'in', [...filter.officerIds]);
    }
    if (filter.from !== undefined) query = query.where('finding_end', '>', new Date(filter.from));
    if (filter.to !== undefined) query = query.where('finding_start', '<', new Date(filter.to));
    return (await query.orderBy('id').execute()).map(toOverride);
  }

  async revoke(id: number, by: string, at: Instant): Promise<OverrideRecord | undefined> {
    const row = await this.db
      .updateTable('overrides')
      .set({ revoked_at: new Date(at), revoked_by: by })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    return row && toOverride(row);
  }
}
