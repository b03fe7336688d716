import type { Instant } from '@muster/kernel';
import type { Actor } from '../access/actor.ts';
import type { AuditEntry } from '../ports/audit-store.ts';

/** An audit entry for a write the actor made now. */
export function auditEntry(actor: Actor | undefined, at: Instant, action: string, entity: string, entityId: string | number, before?: unknown, after?: unknown): AuditEntry {
  return {
    at,
    ...(actor === undefined ? {} : { actorId: actor.userId, actorEmail: actor.email }),
    action,
    entity,
    entityId: String(entityId),
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  };
}
