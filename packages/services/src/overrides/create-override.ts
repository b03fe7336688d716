import { AppError, type Instant, MS_PER_DAY, timeZone } from '@muster/kernel';
import { canOverride, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import { notFound } from '../not-found.ts';
import type { OverrideRecord } from '../ports/override-store.ts';
import { overrideDto } from '../roster/dto.ts';
import { officerFindings } from '../roster/officer-findings.ts';
import type { ServiceContext } from '../service-context.ts';

/** The longest an override may stand: a quarter; beyond that the roster or the policy should change. */
export const MAX_OVERRIDE_DAYS = 90;

export interface OverrideRequest {
  readonly officerId: string;
  readonly ruleId: string;
  /** The start of the finding being overridden (as the board shows it). */
  readonly findingStart: Instant;
  readonly reason: string;
  readonly expiresAt: Instant;
}

/**
 * Lets one block finding stand: only a supervisor of the officer's unit, with a reason and an
 * expiry, and only where the rule really blocks at that time (checked now, on the stored records).
 */
export async function createOverride(ctx: ServiceContext, actor: Actor, request: OverrideRequest): Promise<OverrideRecord> {
  const officer = await ctx.store.officers.get(request.officerId);
  if (officer === undefined) throw notFound('officer', request.officerId);
  requireAccess(canOverride(actor, officer.unit), actor, `override findings of officer ${officer.id} (unit ${officer.unit}); only a supervisor of that unit may`);
  const now = ctx.clock.now();
  if (request.expiresAt <= now || request.expiresAt > now + MAX_OVERRIDE_DAYS * MS_PER_DAY) {
    throw new AppError('override.bad-expiry', `An override must expire after now and within ${MAX_OVERRIDE_DAYS} days (asked: ${new Date(request.expiresAt).toISOString()}).`, {
      expiresAt: new Date(request.expiresAt).toISOString(),
    });
  }
  const zone = timeZone(officer.timeZone);
  const day = zone.localDayOf(request.findingStart);
  const checked = await officerFindings(ctx, [officer], day - 1, day + 1, zone);
  const finding = checked.findings.find((f) => f.level === 'block' && f.ruleId === request.ruleId && f.start === request.findingStart);
  if (finding === undefined) {
    throw new AppError(
      'override.no-block-finding',
      `Officer ${officer.id} has no block finding of ${request.ruleId} starting ${new Date(request.findingStart).toISOString()}. Maybe the roster changed; re-check it.`,
      {
        officerId: officer.id,
        ruleId: request.ruleId,
      },
    );
  }
  const created = await ctx.store.transaction(async (tx) => {
    const stored = await tx.overrides.insert({
      officerId: officer.id,
      ruleId: finding.ruleId,
      findingStart: finding.start,
      findingEnd: finding.end,
      reason: request.reason.trim(),
      expiresAt: request.expiresAt,
      approvedBy: actor.userId,
      createdAt: now,
    });
    await tx.audit.append([
      auditEntry(actor, now, 'override.create', 'override', stored.id, undefined, { ...overrideDto(stored), measured: finding.measured, limit: finding.limit }),
    ]);
    return stored;
  });
  ctx.boards.invalidateOfficers(officer.unit, [officer.id]);
  return created;
}
