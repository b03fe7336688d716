import type { Instant } from '@muster/kernel';
import { canOverride, canSeeUnit, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import { notFound } from '../not-found.ts';
import type { OverrideRecord } from '../ports/override-store.ts';
import { overrideDto } from '../roster/dto.ts';
import type { ServiceContext } from '../service-context.ts';

export interface OverrideCounts {
  readonly total: number;
  /** Not revoked and not expired. */
  readonly active: number;
  readonly revoked: number;
  readonly byRule: Readonly<Record<string, number>>;
}

/** A unit's overrides whose findings overlap [from, to), with counts for reporting. */
export async function listOverrides(ctx: ServiceContext, actor: Actor, unitId: string, from?: Instant, to?: Instant): Promise<{ items: OverrideRecord[]; counts: OverrideCounts }> {
  requireAccess(canSeeUnit(actor, unitId), actor, `see the overrides of unit ${unitId}`);
  const officers = await ctx.store.officers.list({ unitIds: [unitId] });
  const items = await ctx.store.overrides.list({ officerIds: officers.map((o) => o.id), ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
  const now = ctx.clock.now();
  const byRule: Record<string, number> = {};
  for (const o of items) byRule[o.ruleId] = (byRule[o.ruleId] ?? 0) + 1;
  return {
    items,
    counts: {
      total: items.length,
      active: items.filter((o) => o.revokedAt === undefined && o.expiresAt > now).length,
      revoked: items.filter((o) => o.revokedAt !== undefined).length,
      byRule,
    },
  };
}

/** Withdraws an override (a supervisor of the unit); it stays on record as revoked. */
export async function revokeOverride(ctx: ServiceContext, actor: Actor, id: number): Promise<OverrideRecord> {
  const current = await ctx.store.overrides.get(id);
  if (current === undefined) throw notFound('override', id);
  const officer = await ctx.store.officers.get(current.officerId);
  requireAccess(officer !== undefined && canOverride(actor, officer.unit), actor, `revoke override ${id}`);
  const now = ctx.clock.now();
  const revoked = await ctx.store.transaction(async (tx) => {
    const after = (await tx.overrides.revoke(id, actor.userId, now)) ?? current;
    if (after !== current) await tx.audit.append([auditEntry(actor, now, 'override.revoke', 'override', id, overrideDto(current), overrideDto(after))]);
    return after;
  });
  if (officer !== undefined) ctx.boards.invalidateOfficers(officer.unit, [officer.id]);
  return revoked;
}
