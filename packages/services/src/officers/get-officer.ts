import type { Officer } from '@muster/domain';
import { canSeeOfficer, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { notFound } from '../not-found.ts';
import type { StoredQualification } from '../ports/qualification-store.ts';
import type { ServiceContext } from '../service-context.ts';

/** One officer the actor may see; `resource.not-found` if there is none, `access.forbidden` if not theirs to see. */
export async function getOfficer(ctx: ServiceContext, actor: Actor, officerId: string): Promise<Officer> {
  const officer = await ctx.store.officers.get(officerId);
  if (officer === undefined) throw notFound('officer', officerId);
  requireAccess(canSeeOfficer(actor, officer), actor, `read officer ${officerId}`);
  return officer;
}

/** An officer's qualification grants (whoever may see the officer may see these). */
export async function officerQualifications(ctx: ServiceContext, actor: Actor, officerId: string): Promise<StoredQualification[]> {
  await getOfficer(ctx, actor, officerId);
  return ctx.store.qualifications.forOfficers([officerId]);
}
