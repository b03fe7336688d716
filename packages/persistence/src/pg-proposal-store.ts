import { AppError, instant } from '@muster/kernel';
import type { NewProposal, ProposalDecision, ProposalResult, ProposalStatus, ProposalStore, ProposalSummary, ProposalTeam, StoredProposal } from '@muster/services';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseTables, StaffingProposalsTable } from './database-tables.ts';

const toProposal = (row: Selectable<StaffingProposalsTable>): StoredProposal => ({
  id: row.id,
  operationId: row.operation_id,
  status: row.status as ProposalStatus,
  result: row.proposal as ProposalResult,
  team: row.team as ProposalTeam,
  createdBy: row.created_by,
  createdAt: instant(row.created_at.getTime()),
  ...(row.decided_by === null ? {} : { decidedBy: row.decided_by }),
  ...(row.decided_at === null ? {} : { decidedAt: instant(row.decided_at.getTime()) }),
  ...(row.reason === null ? {} : { reason: row.reason }),
});

/** The partial unique index that allows one accepted or overridden proposal per operation. */
const ONE_STAFFING = 'staffing_proposals_one_staffing';

export class PgProposalStore implements ProposalStore {
  constructor(private readonly db: Kysely<DatabaseTables>) {}

  async insert(p: NewProposal): Promise<StoredProposal> {
    const row = await this.db
      .insertInto('staffing_proposals')
      .values({
        operation_id: p.operationId,
        status: 'proposed',
        proposal: JSON.stringify(p.result),
        team: JSON.stringify(p.team),
        created_by: p.createdBy,
        created_at: new Date(p.createdAt),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toProposal(row);
  }

  async get(id: number): Promise<StoredProposal | undefined> {
    const row = await this.db.selectFrom('staffing_proposals').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toProposal(row);
  }

  async forOperation(operationId: string): Promise<StoredProposal[]> {
    return (await this.db.selectFrom('staffing_proposals').selectAll().where('operation_id', '=', operationId).orderBy('id').execute()).map(toProposal);
  }

  async summaries(operationIds: readonly string[]): Promise<Map<string, ProposalSummary>> {
    const summaries = new Map<string, ProposalSummary>();
    if (operationIds.length === 0) return summaries;
    // Ids and statuses only: a proposal's contents (every excluded officer) stay unread.
    const rows = await this.db
      .selectFrom('staffing_proposals')
      .select(['id', 'operation_id', 'status'])
      .where('operation_id', 'in', [...operationIds])
      .orderBy('id')
      .execute();
    for (const row of rows) {
      const was = summaries.get(row.operation_id) ?? { proposals: 0, open: 0 };
      const status = row.status as ProposalStatus;
      summaries.set(row.operation_id, {
        proposals: was.proposals + 1,
        open: was.open + (status === 'proposed' ? 1 : 0),
        ...(status === 'accepted' || status === 'overridden' ? { decided: { id: row.id, status } } : was.decided ? { decided: was.decided } : {}),
      });
    }
    return summaries;
  }

  async decide(id: number, d: ProposalDecision): Promise<StoredProposal | undefined> {
    try {
      const row = await this.db
        .updateTable('staffing_proposals')
        .set({ status: d.status, team: JSON.stringify(d.team), decided_by: d.decidedBy, decided_at: new Date(d.decidedAt), reason: d.reason ?? null })
        .where('id', '=', id)
        .where('status', '=', 'proposed')
        .returningAll()
        .executeTakeFirst();
      return row && toProposal(row);
    } catch (error) {
      // Both engines report a unique violation as SQLSTATE 23505 with the index's name.
      const { code, constraint, message } = error as { code?: string; constraint?: string; message?: string };
      if (code === '23505' && (constraint === ONE_STAFFING || message?.includes(ONE_STAFFING) === true)) {
        throw new AppError('operation.already-staffed', `Another proposal of this operation was accepted or overridden meanwhile; proposal ${id} was not decided.`, {
          proposalId: id,
        });
      }
      throw error;
    }
  }
}
