import { useQuery } from '@tanstack/react-query';
import type { Operation, Unit } from '../../api-client/wire-types.ts';
import { QueryState } from '../../components/query-state.tsx';
import { useSession } from '../sign-in/session.ts';
import { summaryText } from './operation-status.ts';
import { operationZone, windowHours, windowText } from './operation-window.ts';
import { mayPlan } from './staffing-access.ts';
import { staffingHash } from './staffing-route.ts';

/** `1 team-lead, 6 entry-team, 2 driver (9 officers)`. */
export function rolesSummary(operation: Pick<Operation, 'roles'>): string {
  const total = operation.roles.reduce((n, r) => n + r.count, 0);
  return `${operation.roles.map((r) => `${r.count} ${r.role}`).join(', ')} (${total} officer${total === 1 ? '' : 's'})`;
}

/** The operations the user may see, in start order, with their window in the unit's time and their staffing. */
export function OperationsList() {
  const { api, me } = useSession();
  const operations = useQuery({ queryKey: ['operations'], queryFn: () => api.get<{ items: Operation[] }>('/api/operations') });
  const units = useQuery({ queryKey: ['units'], queryFn: () => api.get<{ items: Unit[] }>('/api/units') });
  const unitName = (id: string | null) => (id === null ? 'Agency-wide' : (units.data?.items.find((u) => u.id === id)?.name ?? id));
  return (
    <section aria-labelledby="operations-title">
      <header className="toolbar">
        <h2 id="operations-title">Operations</h2>
        {mayPlan(me) && (
          <a className="button primary" href={staffingHash({ kind: 'new' })}>
            New operation
          </a>
        )}
      </header>
      <QueryState query={operations} what="operations" />
      {operations.data && operations.data.items.length === 0 && <p>No operation is planned that you may see.{mayPlan(me) && ' Plan one with “New operation”.'}</p>}
      {operations.data && operations.data.items.length > 0 && (
        <div className="table-scroll">
          <table className="staffing-table operations-table">
            <thead>
              <tr>
                <th scope="col">Operation</th>
                <th scope="col">Unit</th>
                <th scope="col">Window (unit's local time)</th>
                <th scope="col">Risk tier</th>
                <th scope="col">Status</th>
                <th scope="col">Roles</th>
              </tr>
            </thead>
            <tbody>
              {operations.data.items.map((o) => {
                const zone = operationZone(o);
                return (
                  <tr key={o.id}>
                    <th scope="row">
                      <a href={staffingHash({ kind: 'operation', operationId: o.id })}>{o.name}</a> <small>{o.id}</small>
                    </th>
                    <td>{unitName(o.unitId)}</td>
                    <td>
                      {windowText(o.start, o.end, zone)}{' '}
                      <small>
                        {zone}, {windowHours(o.start, o.end)} h
                      </small>
                    </td>
                    <td>
                      <span className={`risk risk-${o.riskTier}`}>{o.riskTier}</span>
                    </td>
                    <td>{o.staffing === undefined ? 'Not yours to staff' : summaryText(o.staffing)}</td>
                    <td>{rolesSummary(o)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
