import { useHash } from '../../components/use-hash.ts';
import { OperationDetail } from './operation-detail.tsx';
import { OperationForm } from './operation-form.tsx';
import { OperationsList } from './operations-list.tsx';
import { staffingHash, staffingViewFromHash } from './staffing-route.ts';
import './staffing.css';

/** Operations and their staffing proposals: the list, a new operation, one operation and its proposals. */
export function StaffingPage() {
  const view = staffingViewFromHash(useHash());
  switch (view.kind) {
    case 'list':
      return <OperationsList />;
    case 'new':
      return <OperationForm onCreated={(created) => (window.location.hash = staffingHash({ kind: 'operation', operationId: created.id }))} />;
    case 'operation':
      return <OperationDetail key={view.operationId} operationId={view.operationId} proposalId={view.proposalId} />;
  }
}
