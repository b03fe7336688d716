import { instant } from '@muster/kernel';
import type { NewRosterJob, RosterJob, RosterJobChange, RosterJobOptions, RosterJobProgress, RosterJobStatus, RosterJobStore } from '@muster/services';
import type { Kysely, Selectable, Updateable } from 'kysely';
import { dayFromColumn, dayToColumn } from './calendar-day.ts';
import type { DatabaseTables, RosterJobsTable } from './database-tables.ts';

const toJob = (row: Selectable<RosterJobsTable>): RosterJob => ({
  id: row.id,
  unitId: row.unit_id,
  from: dayFromColumn(row.from_day),
  to: dayFromColumn(row.to_day),
  status: row.status as RosterJobStatus,
  options: row.options as RosterJobOptions,
  progress: row.progress as RosterJobProgress,
  ...(row.result === null ? {} : { result: row.result }),
  createdBy: row.created_by,
  createdAt: instant(row.created_at.getTime()),
  ...(row.finished_at === null ? {} : { finishedAt: instant(row.finished_at.getTime()) }),
});

export class PgRosterJobStore implements RosterJobStore {
  constructor(private readonly db: Kysely<DatabaseTables>) {}

  async insert(job: NewRosterJob): Promise<RosterJob> {
    const row = await this.db
      .insertInto('roster_jobs')
      .values({
        id: job.id,
        unit_id: job.unitId,
        from_day: dayToColumn(job.from),
        to_day: dayToColumn(job.to),
        status: job.status,
        options: JSON.stringify(job.options),
        progress: JSON.stringify(job.progress),
        result: null,
        created_by: job.createdBy,
        created_at: new Date(job.createdAt),
        finished_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toJob(row);
  }

  async get(id: string): Promise<RosterJob | undefined> {
    const row = await this.db.selectFrom('roster_jobs').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toJob(row);
  }

  async list(unitId: string, limit: number): Promise<RosterJob[]> {
    const rows = await this.db.selectFrom('roster_jobs').selectAll().where('unit_id', '=', unitId).orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
    return rows.map(toJob);
  }

  async withStatus(statuses: readonly RosterJobStatus[]): Promise<RosterJob[]> {
    if (statuses.length === 0) return [];
    const rows = await this.db
      .selectFrom('roster_jobs')
      .selectAll()
      .where('status', 'in', [...statuses])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toJob);
  }

  async update(id: string, change: RosterJobChange, whenStatus: readonly RosterJobStatus[]): Promise<RosterJob | undefined> {
    if (whenStatus.length === 0) return undefined;
    const set: Updateable<RosterJobsTable> = {};
    if (change.status !== undefined) set.status = change.status;
    if (change.progress !== undefined) set.progress = JSON.stringify(change.progress);
    if (change.result !== undefined) set.result = JSON.stringify(change.result);
    if (change.finishedAt !== undefined) set.finished_at = new Date(change.finishedAt);
    if (Object.keys(set).length === 0) return undefined;
    const row = await this.db
      .updateTable('roster_jobs')
      .set(set)
      .where('id', '=', id)
      .where('status', 'in', [...whenStatus])
      .returningAll()
      .executeTakeFirst();
    return row && toJob(row);
  }
}
