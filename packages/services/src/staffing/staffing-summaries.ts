import { canSeeProposals } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import type { StoredOperation } from '../ports/operation-store.ts';
import type { ServiceContext } from '../service-context.ts';

/** Where an operation's staffing stands, as the operations list shows it. */
export interface StaffingSummary {
  /** `staffed` once a proposal is accepted or overridden, `proposed` while one waits, else `planned`. */
  readonly status: 'planned' | 'proposed' | 'staffed';
  readonly proposals: number;
  readonly open: number;
  readonly decidedProposalId?: number;
  readonly decision?: 'accepted' | 'overridden';
}

/**
 * The staffing of each operation whose proposals the actor may read (leadership, or whoever may
 * staff it), in one read of the proposals' ids and statuses; the others are absent.
 */
export async function staffingSummaries(ctx: ServiceContext, actor: Actor, operations: readonly StoredOperation[]): Promise<Map<string, StaffingSummary>> {
  const readable = operations.filter((o) => canSeeProposals(actor, o.unitId));
  const stored = await ctx.store.proposals.summaries(readable.map((o) => o.id));
  return new Map(
    readable.map((o) => {
      const s = stored.get(o.id) ?? { proposals: 0, open: 0 };
      const summary: StaffingSummary = {
        status: s.decided ? 'staffed' : s.open > 0 ? 'proposed' : 'planned',
        proposals: s.proposals,
        open: s.open,
        ...(s.decided ? { decidedProposalId: s.decided.id, decision: s.decided.status } : {}),
      };
      return [o.id, summary];
    }),
  );
}
