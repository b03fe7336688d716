import { type DayNumber, invariant, timeZone } from '@muster/kernel';
import { canScheduleUnit, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import { notFound } from '../not-found.ts';
import type { StoredDutyRecord } from '../ports/duty-store.ts';
import { dutyRecordDto } from '../roster/dto.ts';
import type { ServiceContext } from '../service-context.ts';

/**
 * Publishes a unit's drafts that start on local days `from`..`to` (the unit's zone): all of them in
 * one transaction, each audited `duty-record.publish`. Findings do not stop publishing — a block
 * finding stays on the board until it is fixed or overridden — so the caller shows them first.
 */
export async function publishDrafts(ctx: ServiceContext, actor: Actor, unitId: string, from: DayNumber, to: DayNumber): Promise<StoredDutyRecord[]> {
  requireAccess(canScheduleUnit(actor, unitId), actor, `publish the roster of unit ${unitId}`);
  const unit = await ctx.store.units.get(unitId);
  if (unit === undefined) throw notFound('unit', unitId);
  const zone = timeZone(unit.timeZone);
  const officers = await ctx.store.officers.list({ unitIds: [unitId] });
  const start = zone.startOfLocalDay(from);
  const end = zone.startOfLocalDay(to + 1);
  const at = ctx.clock.now();
  const published = await ctx.store.transaction(async (tx) => {
    const drafts = (
      await tx.duty.between(
        officers.map((o) => o.id),
        start,
        end,
      )
    ).filter((r) => r.status === 'draft' && r.start >= start && r.start < end);
    const done: StoredDutyRecord[] = [];
    for (const draft of drafts) {
      const after = await tx.duty.update(draft.id, { status: 'published' }, at);
      invariant(after, 'a record read in this transaction still exists', { id: draft.id });
      done.push(after);
    }
    await tx.audit.append(done.map((r, i) => auditEntry(actor, at, 'duty-record.publish', 'duty-record', r.id, dutyRecordDto(drafts[i]!), dutyRecordDto(r))));
    return done;
  });
  if (published.length > 0) ctx.boards.invalidateOfficers(unitId, new Set(published.map((r) => r.officerId)));
  return published;
}
