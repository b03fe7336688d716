import { randomBytes } from 'node:crypto';
import type { OperationRole, Policy, RiskTier } from '@muster/domain';
import { AppError, type Instant, MS_PER_HOUR } from '@muster/kernel';
import { canStaffOperation, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import { MAX_RECORD_HOURS } from '../duty/duty-records.ts';
import { notFound } from '../not-found.ts';
import type { StoredOperation } from '../ports/operation-store.ts';
import type { Store } from '../ports/store.ts';
import type { ServiceContext } from '../service-context.ts';
import { operationDto } from './operation-dto.ts';

/** A role as a request gives it; without `requiredQualifications` the policy's `roles` map says what it needs. */
export interface OperationRoleInput extends Omit<OperationRole, 'requiredQualifications'> {
  readonly requiredQualifications?: readonly string[];
}

export interface OperationInput {
  /** Generated (`OP-` and 8 characters) when absent. */
  readonly id?: string;
  readonly name: string;
  /** The unit that runs it; absent for an agency-wide operation. */
  readonly unitId?: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly riskTier: RiskTier;
  readonly roles: readonly OperationRoleInput[];
}

/**
 * Plans an operation: a supervisor for their unit, or an admin (agency-wide ones too). Its roles
 * must be staffable under the policy in force: every required qualification in the policy's
 * catalogue, and every role either listing its qualifications or named in the policy's `roles`.
 */
export async function createOperation(ctx: ServiceContext, actor: Actor, input: OperationInput): Promise<StoredOperation> {
  const where = input.unitId === undefined ? 'create agency-wide operations (only an admin may)' : `create operations of unit ${input.unitId}`;
  requireAccess(canStaffOperation(actor, input.unitId), actor, where);
  const unit = input.unitId === undefined ? undefined : await ctx.store.units.get(input.unitId);
  if (input.unitId !== undefined && unit === undefined) throw notFound('unit', input.unitId);
  checkWindow(input.start, input.end);
  const { policy } = await ctx.policy.current();
  checkRoles(input.roles, policy);
  const operation: StoredOperation = {
    id: input.id ?? (await freshId(ctx.store)),
    name: input.name.trim(),
    start: input.start,
    end: input.end,
    riskTier: input.riskTier,
    timeZone: unit?.timeZone ?? policy.timeZone,
    ...(input.unitId === undefined ? {} : { unitId: input.unitId }),
    roles: input.roles.map((r) => ({ ...r, requiredQualifications: [...(r.requiredQualifications ?? [])] })),
  };
  const at = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    if ((await tx.operations.get(operation.id)) !== undefined) {
      throw new AppError('operation.duplicate-id', `An operation with id ${operation.id} exists. Maybe leave the id out to get a new one.`, { id: operation.id });
    }
    await tx.operations.insertMany([operation]);
    await tx.audit.append([auditEntry(actor, at, 'operation.create', 'operation', operation.id, undefined, operationDto(operation))]);
  });
  return operation;
}

function checkWindow(start: Instant, end: Instant): void {
  const iso = (at: Instant): string => new Date(at).toISOString();
  if (end <= start) throw new AppError('operation.end-not-after-start', `An operation must end after it starts (start ${iso(start)}, end ${iso(end)}).`, {});
  const hours = (end - start) / MS_PER_HOUR;
  if (hours > MAX_RECORD_HOURS) {
    throw new AppError(
      'operation.too-long',
      `An operation of ${hours} h is longer than ${MAX_RECORD_HOURS} h, more than one duty can hold. Maybe create one operation per shift.`,
      { hours },
    );
  }
}

function checkRoles(roles: readonly OperationRoleInput[], policy: Policy): void {
  const known = policy.qualifications.map((q) => q.id);
  const unknown = [...new Set(roles.flatMap((r) => r.requiredQualifications ?? []))].filter((q) => !known.includes(q));
  if (unknown.length > 0) {
    throw new AppError(
      'operation.unknown-qualification',
      `The policy in force lists no qualification ${unknown.map((q) => `"${q}"`).join(', ')}. Maybe one of: ${known.join(', ')}.`,
      { qualifications: unknown },
    );
  }
  const unnamed = roles.filter((r) => r.requiredQualifications === undefined && policy.roles[r.role] === undefined).map((r) => r.role);
  if (unnamed.length > 0) {
    throw new AppError(
      'operation.unknown-role',
      `Role ${unnamed.map((r) => `"${r}"`).join(', ')} lists no required qualifications and the policy's roles do not name it, so it would require none. Maybe give its requiredQualifications ([] for none), or use one of: ${Object.keys(policy.roles).join(', ')}.`,
      { roles: unnamed },
    );
  }
}

/** `OP-` and 8 Crockford base-32 characters (40 random bits), not yet used. */
async function freshId(store: Store): Promise<string> {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  for (;;) {
    const bytes = randomBytes(5);
    let bits = 0n;
    for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
    let id = '';
    for (let i = 0; i < 8; i++) id = alphabet[Number((bits >> BigInt(i * 5)) & 31n)]! + id;
    if ((await store.operations.get(`OP-${id}`)) === undefined) return `OP-${id}`;
  }
}
