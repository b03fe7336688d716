import type { Officer } from '@muster/domain';
import { AppError, type DayNumber, type Instant, MS_PER_HOUR, timeZone } from '@muster/kernel';
import { canScheduleUnit, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import { notFound } from '../not-found.ts';
import type { DutyRecordChange, DutyStatus, NewDutyRecord, StoredDutyRecord } from '../ports/duty-store.ts';
import type { Store } from '../ports/store.ts';
import { dutyRecordDto } from '../roster/dto.ts';
import { groupBy } from '../group-by.ts';
import type { ServiceContext } from '../service-context.ts';
import { scheduleReaderOfficer } from '../officers/schedule-reader-officer.ts';

/** Longer than this is almost certainly a typing mistake (a wrong day); the longest real duty is far shorter. */
export const MAX_RECORD_HOURS = 36;

/** A record to add; a draft unless published. */
export interface DutyRecordInput extends Omit<NewDutyRecord, 'status'> {
  readonly status?: 'draft' | 'published';
}

function checkInterval(start: Instant, end: Instant, index?: number): void {
  const where = index === undefined ? {} : { index };
  if (end <= start)
    throw new AppError('duty-record.end-not-after-start', `A duty record must end after it starts (start ${new Date(start).toISOString()}, end ${new Date(end).toISOString()}).`, {
      ...where,
    });
  const hours = (end - start) / MS_PER_HOUR;
  if (hours > MAX_RECORD_HOURS)
    throw new AppError('duty-record.too-long', `A duty record of ${hours} h is longer than ${MAX_RECORD_HOURS} h. Maybe the end date is wrong.`, { ...where, hours });
}

async function schedulableOfficer(store: Store, actor: Actor, officerId: string, cache: Map<string, Officer>): Promise<Officer> {
  let officer = cache.get(officerId);
  if (officer === undefined) {
    officer = await store.officers.get(officerId);
    if (officer === undefined) throw notFound('officer', officerId);
    cache.set(officerId, officer);
  }
  requireAccess(canScheduleUnit(actor, officer.unit), actor, `schedule officer ${officerId} of unit ${officer.unit}`);
  return officer;
}

/** Adds records to the ledger (all or none), audited, and marks the units' boards stale. */
export async function createDutyRecords(ctx: ServiceContext, actor: Actor, inputs: readonly DutyRecordInput[]): Promise<StoredDutyRecord[]> {
  const officers = new Map<string, Officer>();
  for (const [index, input] of inputs.entries()) {
    checkInterval(input.start, input.end, index);
    await schedulableOfficer(ctx.store, actor, input.officerId, officers);
  }
  const at = ctx.clock.now();
  const stored = await ctx.store.transaction(async (tx) =>
    insertAuditedRecords(
      tx,
      actor,
      at,
      inputs.map((i) => ({ ...i, status: i.status ?? 'draft' })),
    ),
  );
  invalidateBoards(ctx, officers.values());
  return stored;
}

/** Appends records with their `duty-record.create` audit entries, through `tx` (the caller's transaction). */
export async function insertAuditedRecords(tx: Store, actor: Actor, at: Instant, records: readonly NewDutyRecord[]): Promise<StoredDutyRecord[]> {
  const created = await tx.duty.insertMany(records, at);
  await tx.audit.append(created.map((r) => auditEntry(actor, at, 'duty-record.create', 'duty-record', r.id, undefined, dutyRecordDto(r))));
  return created;
}

/** Moves, resizes, reassigns, publishes or cancels one record; the before and after go to the audit log. */
export async function changeDutyRecord(ctx: ServiceContext, actor: Actor, id: number, change: DutyRecordChange): Promise<StoredDutyRecord> {
  const officers = new Map<string, Officer>();
  const at = ctx.clock.now();
  const updated = await ctx.store.transaction(async (tx) => {
    const current = await tx.duty.get(id);
    if (current === undefined) throw notFound('duty record', id);
    // Inside a transaction every read goes through `tx`: the embedded engine has one connection.
    await schedulableOfficer(tx, actor, current.officerId, officers);
    if (change.officerId !== undefined) await schedulableOfficer(tx, actor, change.officerId, officers);
    if (current.status === 'cancelled') throw new AppError('duty-record.not-editable', `Duty record ${id} is cancelled; add a new record instead.`, { id });
    checkInterval(change.start ?? current.start, change.end ?? current.end);
    const after = await tx.duty.update(id, change, at);
    if (after === undefined) throw notFound('duty record', id);
    await tx.audit.append([auditEntry(actor, at, actionOf(change.status), 'duty-record', id, dutyRecordDto(current), dutyRecordDto(after))]);
    return after;
  });
  invalidateBoards(ctx, officers.values());
  return updated;
}

function actionOf(status: DutyStatus | undefined): string {
  if (status === 'cancelled') return 'duty-record.cancel';
  if (status === 'published') return 'duty-record.publish';
  return 'duty-record.update';
}

/** An officer's records touching local days `from`..`to` (inclusive, the officer's zone), if the actor may see their schedule. */
export async function officerDutyRecords(ctx: ServiceContext, actor: Actor, officerId: string, from: DayNumber, to: DayNumber): Promise<StoredDutyRecord[]> {
  const officer = await scheduleReaderOfficer(ctx, actor, officerId, 'the schedule');
  const zone = timeZone(officer.timeZone);
  return ctx.store.duty.between([officerId], zone.startOfLocalDay(from), zone.startOfLocalDay(to + 1));
}

/** Only the officers written to are checked again on their units' boards. */
function invalidateBoards(ctx: ServiceContext, officers: Iterable<Officer>): void {
  for (const [unitId, members] of groupBy([...officers], (o) => o.unit))
    ctx.boards.invalidateOfficers(
      unitId,
      members.map((o) => o.id),
    );
}
