import { AppError } from '@muster/kernel';
import type { Store } from '../ports/store.ts';

/** Throws `operation.already-staffed` when a proposal of the operation was accepted or overridden. */
export async function refuseIfStaffed(store: Store, operationId: string): Promise<void> {
  const decided = (await store.proposals.forOperation(operationId)).find((p) => p.status === 'accepted' || p.status === 'overridden');
  if (decided !== undefined) {
    throw new AppError(
      'operation.already-staffed',
      `Operation ${operationId} is already staffed by proposal ${decided.id} (${decided.status}). Maybe change that team's duty records instead.`,
      { operationId, proposalId: decided.id },
    );
  }
}
