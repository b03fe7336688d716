import { canReadAudit, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import type { AuditFilter, StoredAuditEntry } from '../ports/audit-store.ts';
import type { ServiceContext } from '../service-context.ts';

/** The audit log, newest first (leadership and admin only). */
export async function readAuditLog(ctx: ServiceContext, actor: Actor, filter: AuditFilter): Promise<StoredAuditEntry[]> {
  requireAccess(canReadAudit(actor), actor, 'read the audit log');
  return ctx.store.audit.list(filter);
}
