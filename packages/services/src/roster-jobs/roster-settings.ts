import { canScheduleUnit, canSeeUnit, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import { notFound } from '../not-found.ts';
import type { UnitRosterSettings } from '../ports/roster-settings-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { type RosterSettingsInput, parseRosterSettings } from './parse-roster-settings.ts';
import { rosterSettingsDto } from './roster-settings-dto.ts';

/** A unit's roster settings (supervisor of the unit, leadership, admin). */
export async function readRosterSettings(ctx: ServiceContext, actor: Actor, unitId: string): Promise<UnitRosterSettings> {
  requireAccess(canSeeUnit(actor, unitId), actor, `see the roster settings of unit ${unitId}`);
  const settings = await ctx.store.rosterSettings.get(unitId);
  if (settings === undefined) {
    if ((await ctx.store.units.get(unitId)) === undefined) throw notFound('unit', unitId);
    throw notFound('roster settings of unit', unitId);
  }
  return settings;
}

/** Replaces a unit's templates and weekly demand (supervisor of the unit, admin), validated and audited. */
export async function saveRosterSettings(ctx: ServiceContext, actor: Actor, unitId: string, input: RosterSettingsInput): Promise<UnitRosterSettings> {
  requireAccess(canScheduleUnit(actor, unitId), actor, `change the roster settings of unit ${unitId}`);
  if ((await ctx.store.units.get(unitId)) === undefined) throw notFound('unit', unitId);
  const { policy } = await ctx.policy.current();
  const parsed = parseRosterSettings(input, policy);
  const at = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const before = await tx.rosterSettings.get(unitId);
    const saved = await tx.rosterSettings.put({ unitId, ...parsed, updatedAt: at, updatedBy: actor.userId });
    await tx.audit.append([
      auditEntry(actor, at, 'roster-settings.update', 'roster-settings', unitId, before === undefined ? undefined : rosterSettingsDto(before), rosterSettingsDto(saved)),
    ]);
    return saved;
  });
}
