import { type DayNumber, TimeZone, formatDay, invariant } from '@muster/kernel';
import { canSeeUnit, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { notFound } from '../not-found.ts';
import type { ServiceContext } from '../service-context.ts';
import type { BoardBody } from './roster-board-cache.ts';
import { dutyRecordDto, findingDto, officerDto, overrideDto, unitDto } from './dto.ts';
import { officerFindings, overrideFor } from './officer-findings.ts';

/**
 * A unit's roster for local days `from`..`to`: its officers, their records, and every finding with
 * its reason — as finished JSON (and gzip), because the same board is served many times between writes.
 */
export async function rosterBoard(ctx: ServiceContext, actor: Actor, unitId: string, from: DayNumber, to: DayNumber): Promise<BoardBody> {
  requireAccess(canSeeUnit(actor, unitId), actor, `see the roster of unit ${unitId}`);
  const key = `${from}|${to}`;
  const cached = ctx.boards.get(unitId, key);
  if (cached !== undefined) return cached;
  const generation = ctx.boards.generation(unitId);
  const unit = await ctx.store.units.get(unitId);
  if (unit === undefined) throw notFound('unit', unitId);
  const zone = TimeZone.find(unit.timeZone);
  invariant(zone, 'unit zones are validated on import', { zone: unit.timeZone });
  const officers = await ctx.store.officers.list({ unitIds: [unitId] });
  const checked = await officerFindings(ctx, officers, from, to, zone);
  const zones = new Map(officers.map((o) => [o.id, TimeZone.find(o.timeZone) ?? zone]));
  const findings = checked.findings.map((f) => findingDto(f, zones.get(f.officerId) ?? zone, overrideFor(f, checked.overrides)));
  const json = JSON.stringify({
    unit: unitDto(unit),
    from: formatDay(from),
    to: formatDay(to),
    policyVersion: checked.policyVersion,
    officers: officers.map(officerDto),
    records: checked.records.map(dutyRecordDto),
    findings,
    overrides: checked.overrides.map(overrideDto),
    summary: {
      block: findings.filter((f) => f.level === 'block' && f.overrideId === undefined).length,
      warn: findings.filter((f) => f.level === 'warn').length,
      overridden: findings.filter((f) => f.overrideId !== undefined).length,
    },
  });
  return ctx.boards.put(unitId, key, generation, json);
}
