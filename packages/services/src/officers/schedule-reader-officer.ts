import type { Officer } from '@muster/domain';
import { canSeeSchedule, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { notFound } from '../not-found.ts';
import type { ServiceContext } from '../service-context.ts';

/**
 * The officer whose schedule (or what is computed from it: hours, findings, fatigue, days off,
 * overtime) the actor asks to read: 404 when unknown, 403 unless the actor may read it.
 * `what` names the read in the refusal ("the hours", "the predicted fatigue").
 */
export async function scheduleReaderOfficer(ctx: ServiceContext, actor: Actor, officerId: string, what: string): Promise<Officer> {
  const officer = await ctx.store.officers.get(officerId);
  if (officer === undefined) throw notFound('officer', officerId);
  requireAccess(canSeeSchedule(actor, officer), actor, `read ${what} of officer ${officerId}`);
  return officer;
}
