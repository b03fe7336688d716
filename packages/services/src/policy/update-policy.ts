import { parsePolicy } from '@muster/domain';
import { AppError } from '@muster/kernel';
import { canEditPolicy, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { auditEntry } from '../audit/audit-write.ts';
import type { ServiceContext } from '../service-context.ts';
import type { PolicyVersion } from './policy-in-force.ts';

/**
 * Stores a new version of the agency's policy file (admin only). The YAML is validated exactly as
 * `muster check --policy` validates it; any problem is refused with every issue and its key and
 * line, and nothing changes. Every board is re-checked under the new version.
 */
export async function updatePolicy(ctx: ServiceContext, actor: Actor, yaml: string): Promise<PolicyVersion> {
  requireAccess(canEditPolicy(actor), actor, 'change the policy');
  const parsed = parsePolicy(yaml);
  if (!parsed.ok) {
    const issues = parsed.error.map((issue) => ({
      code: issue.code,
      key: issue.key,
      ...(issue.line === undefined ? {} : { line: issue.line }),
      ...(issue.column === undefined ? {} : { column: issue.column }),
      message: issue.message,
    }));
    const first = issues[0]!;
    throw new AppError(
      'policy.invalid',
      `The policy has ${issues.length} problem${issues.length === 1 ? '' : 's'}; the first: ${first.key ? `${first.key}: ` : ''}${first.message}${first.line === undefined ? '' : ` (line ${first.line})`}.`,
      { issues },
    );
  }
  const at = ctx.clock.now();
  const before = await ctx.policy.current();
  const stored = await ctx.store.transaction(async (tx) => {
    const version = await tx.policies.append(yaml, at, actor.userId);
    await tx.audit.append([
      auditEntry(actor, at, 'policy.update', 'policy', version.version, { version: before.version, yaml: before.yaml ?? null }, { version: version.version, yaml }),
    ]);
    return version;
  });
  ctx.policy.invalidate();
  ctx.boards.invalidateAll();
  return { version: stored.version, policy: parsed.value, yaml };
}
