import type { Officer } from '@muster/domain';
import { type DayNumber, TimeZone, formatDay, timeZone } from '@muster/kernel';
import { canSeeUnit, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { groupBy } from '../group-by.ts';
import { notFound } from '../not-found.ts';
import type { ServiceContext } from '../service-context.ts';
import { dutyRecordDto, findingDto, officerDto, overrideDto, unitDto } from './dto.ts';
import { officerFindings, overrideFor } from './officer-findings.ts';
import { BoardBody, type OfficerPart } from './roster-board-cache.ts';

/**
 * A unit's roster for local days `from`..`to`: its officers, their records, and every finding with
 * its reason — as finished JSON (and gzip), because the same board is served many times between
 * writes. Officers whose part is still current are not checked again (see RosterBoardCache).
 *
 * With `officerIds`, only those officers of the unit (the rows an edit touched, so a client can
 * refresh them without fetching the whole board): the same document and parts, not cached whole.
 */
export async function rosterBoard(ctx: ServiceContext, actor: Actor, unitId: string, from: DayNumber, to: DayNumber, officerIds?: readonly string[]): Promise<BoardBody> {
  requireAccess(canSeeUnit(actor, unitId), actor, `see the roster of unit ${unitId}`);
  const key = `${from}|${to}`;
  const whole = officerIds === undefined;
  const cached = whole ? ctx.boards.get(unitId, key, ctx.clock.now()) : undefined;
  if (cached !== undefined) return cached;
  const generation = ctx.boards.generation(unitId);
  const unit = await ctx.store.units.get(unitId);
  if (unit === undefined) throw notFound('unit', unitId);
  const zone = timeZone(unit.timeZone);
  const wanted = whole ? undefined : new Set(officerIds);
  const officers = (await ctx.store.officers.list({ unitIds: [unitId] })).filter((o) => wanted === undefined || wanted.has(o.id));
  const { parts, policyVersion } = await officerParts(ctx, unitId, officers, from, to, zone);
  const ordered = officers.map((o) => parts.get(o.id)!);
  const joined = (field: 'records' | 'findings' | 'overrides'): string =>
    `[${ordered
      .map((p) => p[field])
      .filter((text) => text !== '')
      .join(',')}]`;
  const count = (field: 'block' | 'warn' | 'overridden'): number => ordered.reduce((sum, p) => sum + p[field], 0);
  // Put together from the parts' JSON text: the same document as JSON.stringify of the whole board.
  const json =
    `{"unit":${JSON.stringify(unitDto(unit))},"from":"${formatDay(from)}","to":"${formatDay(to)}","policyVersion":${policyVersion}` +
    `,"officers":${JSON.stringify(officers.map(officerDto))},"records":${joined('records')},"findings":${joined('findings')},"overrides":${joined('overrides')}` +
    `,"summary":${JSON.stringify({ block: count('block'), warn: count('warn'), overridden: count('overridden') })}}`;
  const validUntil = Math.min(...ordered.map((p) => p.validUntil));
  return whole ? ctx.boards.put(unitId, key, generation, json, validUntil) : BoardBody.uncached(json);
}

/** Each officer's part of the board: from the cache when still current, else checked now (all stale officers at once). */
async function officerParts(
  ctx: ServiceContext,
  unitId: string,
  officers: readonly Officer[],
  from: DayNumber,
  to: DayNumber,
  zone: TimeZone,
): Promise<{ parts: Map<string, OfficerPart>; policyVersion: number }> {
  const key = `${from}|${to}`;
  const parts = new Map<string, OfficerPart>();
  const stale: Officer[] = [];
  const now = ctx.clock.now();
  const partGenerations = new Map<string, string>();
  for (const officer of officers) {
    const partGeneration = ctx.boards.partGeneration(unitId, officer.id);
    partGenerations.set(officer.id, partGeneration);
    const part = ctx.boards.getPart(unitId, officer.id, key, partGeneration, now);
    if (part === undefined) stale.push(officer);
    else parts.set(officer.id, part);
  }
  if (stale.length === 0) return { parts, policyVersion: (await ctx.policy.current()).version };
  const checked = await officerFindings(ctx, stale, from, to, zone);
  const records = groupBy(checked.records, (r) => r.officerId);
  const findings = groupBy(checked.findings, (f) => f.officerId);
  const overrides = groupBy(checked.overrides, (o) => o.officerId);
  for (const officer of stale) {
    const officerZone = TimeZone.find(officer.timeZone) ?? zone;
    const active = overrides.get(officer.id) ?? [];
    const shown = (findings.get(officer.id) ?? []).map((f) => findingDto(f, officerZone, overrideFor(f, active)));
    const part: OfficerPart = {
      records: items((records.get(officer.id) ?? []).map(dutyRecordDto)),
      findings: items(shown),
      overrides: items(active.map(overrideDto)),
      block: shown.filter((f) => f.level === 'block' && f.overrideId === undefined).length,
      warn: shown.filter((f) => f.level === 'warn').length,
      overridden: shown.filter((f) => f.overrideId !== undefined).length,
      validUntil: Math.min(...active.map((o) => o.expiresAt)),
    };
    parts.set(officer.id, part);
    ctx.boards.putPart(unitId, officer.id, key, partGenerations.get(officer.id)!, part);
  }
  return { parts, policyVersion: checked.policyVersion };
}

/** The items of a JSON array, without the brackets ('' for none). */
function items(values: readonly unknown[]): string {
  return JSON.stringify(values).slice(1, -1);
}
