import type { Operation, Proposal } from '../../api-client/wire-types.ts';

/** An operation's staffing, from its proposals: staffed once one is accepted or overridden. */
export type StaffingStatus = { readonly kind: 'staffed'; readonly proposal: Proposal } | { readonly kind: 'proposed'; readonly open: number } | { readonly kind: 'planned' };

export function staffingStatus(proposals: readonly Proposal[]): StaffingStatus {
  const decided = proposals.find((p) => p.status === 'accepted' || p.status === 'overridden');
  if (decided) return { kind: 'staffed', proposal: decided };
  const open = proposals.filter((p) => p.status === 'proposed').length;
  return open > 0 ? { kind: 'proposed', open } : { kind: 'planned' };
}

/** The status the operations list carries (`staffing` of GET /api/operations), in words. */
export function summaryText(staffing: NonNullable<Operation['staffing']>): string {
  switch (staffing.status) {
    case 'staffed':
      return `Staffed (${staffing.decision} proposal ${staffing.decidedProposalId})`;
    case 'proposed':
      return `Proposal open (${staffing.open})`;
    case 'planned':
      return 'Planned, not staffed';
  }
}

/** The status in words (never colour alone). */
export function statusText(status: StaffingStatus): string {
  switch (status.kind) {
    case 'staffed':
      return `Staffed (${status.proposal.status} proposal ${status.proposal.id})`;
    case 'proposed':
      return `Proposal open (${status.open})`;
    case 'planned':
      return 'Planned, not staffed';
  }
}
