/**
 * Where in the Operations page the user is, kept in the location hash after `#/staffing` so links,
 * reload and Back work: the list, the new-operation form, or one operation (and one of its proposals).
 */
export type StaffingView = { readonly kind: 'list' } | { readonly kind: 'new' } | { readonly kind: 'operation'; readonly operationId: string; readonly proposalId?: number };

/** The view a hash names (`#/staffing/OP-01/proposals/7`); anything else under `#/staffing` is the list. */
export function staffingViewFromHash(hash: string): StaffingView {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] !== 'staffing' || parts[1] === undefined || parts[1] === '') return { kind: 'list' };
  if (parts[1] === 'new') return { kind: 'new' };
  const operationId = decodeURIComponent(parts[1]);
  const proposalId = parts[2] === 'proposals' ? Number(parts[3]) : Number.NaN;
  return Number.isInteger(proposalId) && proposalId > 0 ? { kind: 'operation', operationId, proposalId } : { kind: 'operation', operationId };
}

/** The hash that names a view. */
export function staffingHash(view: StaffingView): string {
  switch (view.kind) {
    case 'list':
      return '#/staffing';
    case 'new':
      return '#/staffing/new';
    case 'operation':
      return `#/staffing/${encodeURIComponent(view.operationId)}${view.proposalId === undefined ? '' : `/proposals/${view.proposalId}`}`;
  }
}
