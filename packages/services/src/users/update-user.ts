import { AppError, type Instant } from '@muster/kernel';
import { canManageAccounts, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import { notFound } from '../not-found.ts';
import type { Role, UserAccount, UserChange } from '../ports/user-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { checkAccountScope } from './check-account-scope.ts';
import { userDto } from './user-dto.ts';

export interface UserUpdateRequest {
  readonly role?: Role;
  /** `null` clears it. */
  readonly officerId?: string | null;
  readonly unitIds?: readonly string[];
  /** `true` stops the account at once (its sessions too); `false` enables it again. */
  readonly disabled?: boolean;
}

/**
 * Changes an account's role, officer, units or whether it is enabled (admin only). The result must
 * suit its role (see checkAccountScope); an admin may not demote or disable themselves
 * (`user.self-lockout`), nor the last enabled admin (`user.last-admin`). Audited as `user.update`
 * with the account before and after; a request that changes nothing writes nothing.
 */
export async function updateUser(ctx: ServiceContext, actor: Actor, id: string, request: UserUpdateRequest): Promise<UserAccount> {
  requireAccess(canManageAccounts(actor), actor, 'change accounts');
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    // Locked before the account is read, so a change another admin commits meanwhile is counted.
    const enabledAdmins = await tx.users.lockEnabledAdmins();
    const before = await tx.users.byId(id);
    if (before === undefined) throw notFound('user', id);
    const after = applyRequest(before, request, now);
    if (request.role !== undefined || request.officerId !== undefined || request.unitIds !== undefined) await checkAccountScope(tx, after);
    if (isEnabledAdmin(before) && !isEnabledAdmin(after)) {
      const what = after.role === 'admin' ? 'disable' : `make ${after.role}`;
      if (id === actor.userId) {
        throw new AppError('user.self-lockout', `An admin may not ${what} their own account. Maybe ask another admin.`, { id });
      }
      if (enabledAdmins.every((adminId) => adminId === id)) {
        throw new AppError('user.last-admin', `${before.email} is the last enabled admin; the agency would have none. Maybe make another account admin first.`, { id });
      }
    }
    const change = changeBetween(before, after);
    if (Object.keys(change).length === 0) return before;
    const updated = await tx.users.update(id, change);
    if (updated === undefined) throw notFound('user', id);
    await tx.audit.append([auditEntry(actor, now, 'user.update', 'user', id, userDto(before), userDto(updated))]);
    return updated;
  });
}

const isEnabledAdmin = (u: UserAccount): boolean => u.role === 'admin' && u.disabledAt === undefined;

function applyRequest(before: UserAccount, request: UserUpdateRequest, now: Instant): UserAccount {
  const { officerId: _officerId, disabledAt: _disabledAt, ...rest } = before;
  const officerId = request.officerId === undefined ? before.officerId : (request.officerId ?? undefined);
  // Disabling a disabled account keeps the time it was first disabled.
  const disabledAt = request.disabled === undefined ? before.disabledAt : request.disabled ? (before.disabledAt ?? now) : undefined;
  return {
    ...rest,
    role: request.role ?? before.role,
    unitIds: request.unitIds === undefined ? before.unitIds : [...new Set(request.unitIds)],
    ...(officerId === undefined ? {} : { officerId }),
    ...(disabledAt === undefined ? {} : { disabledAt }),
  };
}

function changeBetween(before: UserAccount, after: UserAccount): UserChange {
  const sameUnits = before.unitIds.length === after.unitIds.length && before.unitIds.every((unitId, i) => after.unitIds[i] === unitId);
  return {
    ...(after.role === before.role ? {} : { role: after.role }),
    ...(after.officerId === before.officerId ? {} : { officerId: after.officerId ?? null }),
    ...(sameUnits ? {} : { unitIds: after.unitIds }),
    ...(after.disabledAt === before.disabledAt ? {} : { disabledAt: after.disabledAt ?? null }),
  };
}
