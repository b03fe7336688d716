import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Operation, Proposal, Unit } from '../../api-client/wire-types.ts';
import { hashOf } from '../../navigation.ts';
import { useSession } from '../sign-in/session.ts';
import { staffingStatus, statusText } from './operation-status.ts';
import { operationZone, windowHours, windowText } from './operation-window.ts';
import { rolesSummary } from './operations-list.tsx';
import { type ProposalActions, ProposalView } from './proposal-view.tsx';
import { mayReadProposals, mayStaff } from './staffing-access.ts';
import { fetchStaffingPolicy } from './staffing-policy.ts';
import { staffingHash } from './staffing-route.ts';

const officerHref = (officerId: string) => hashOf({ page: 'officer', officerId });

/** What a role requires: the policy's `roles` map for it (read when staffing) and the operation's own additions. */
export function requirementsText(own: readonly string[], fromPolicy: readonly string[] | undefined): string {
  const all = [...new Set([...(fromPolicy ?? []), ...own])];
  return all.length === 0 ? 'no qualification required' : all.join(', ');
}

/**
 * One operation: its window and roles, "Propose team" for those who staff it, its proposals, and the
 * chosen proposal (the one in the hash, else the one that staffed it, else the latest).
 */
export function OperationDetail({ operationId, proposalId }: { operationId: string; proposalId: number | undefined }) {
  const { api, me } = useSession();
  const queryClient = useQueryClient();
  const path = `/api/operations/${encodeURIComponent(operationId)}`;
  const operation = useQuery({ queryKey: ['operation', operationId], queryFn: () => api.get<Operation>(path) });
  const readable = operation.data !== undefined && mayReadProposals(me, operation.data.unitId);
  const proposals = useQuery({ queryKey: ['proposals', operationId], enabled: readable, queryFn: () => api.get<{ items: Proposal[] }>(`${path}/proposals`) });
  const units = useQuery({ queryKey: ['units'], queryFn: () => api.get<{ items: Unit[] }>('/api/units') });
  const policy = useQuery({ queryKey: ['staffing-policy'], queryFn: () => fetchStaffingPolicy(api) });
  const [scope, setScope] = useState<'unit' | 'agency'>('unit');
  const [proposing, setProposing] = useState(false);
  const [proposeError, setProposeError] = useState<string | undefined>();

  if (operation.isPending) return <p role="status">Loading the operation…</p>;
  if (operation.isError)
    return (
      <p role="alert">
        Could not load operation {operationId}: {operation.error.message}
      </p>
    );
  const op = operation.data;
  const zone = operationZone(op);
  const canStaff = mayStaff(me, op.unitId);
  const items = proposals.data?.items ?? [];
  const status = staffingStatus(items);
  const shown =
    items.find((p) => p.id === proposalId) ?? (status.kind === 'staffed' ? status.proposal : undefined) ?? items.filter((p) => p.status === 'proposed').at(-1) ?? items.at(-1);

  const refresh = async (changed: Proposal) => {
    queryClient.setQueryData<{ items: Proposal[] }>(['proposals', operationId], (old) => ({ items: (old?.items ?? []).map((p) => (p.id === changed.id ? changed : p)) }));
    await queryClient.invalidateQueries({ queryKey: ['proposals', operationId] });
    await queryClient.invalidateQueries({ queryKey: ['operations'] });
    await queryClient.invalidateQueries({ queryKey: ['board'] });
  };
  const actions: ProposalActions | undefined =
    canStaff && shown !== undefined && status.kind !== 'staffed'
      ? {
          accept: async () => refresh(await api.send<Proposal>('POST', `/api/proposals/${shown.id}/accept`)),
          override: async (team, reason) => refresh(await api.send<Proposal>('POST', `/api/proposals/${shown.id}/override`, { team, reason })),
          discard: async (reason) => refresh(await api.send<Proposal>('POST', `/api/proposals/${shown.id}/discard`, reason === undefined ? {} : { reason })),
        }
      : undefined;

  async function propose() {
    setProposing(true);
    setProposeError(undefined);
    try {
      const created = await api.send<Proposal>('POST', `${path}/proposals`, op.unitId === null ? {} : { scope });
      queryClient.setQueryData<{ items: Proposal[] }>(['proposals', operationId], (old) => ({ items: [...(old?.items ?? []), created] }));
      window.location.hash = staffingHash({ kind: 'operation', operationId, proposalId: created.id });
      await queryClient.invalidateQueries({ queryKey: ['proposals', operationId] });
      await queryClient.invalidateQueries({ queryKey: ['operations'] });
    } catch (caught) {
      setProposeError((caught as Error).message);
    } finally {
      setProposing(false);
    }
  }

  const unitName = op.unitId === null ? 'Agency-wide' : (units.data?.items.find((u) => u.id === op.unitId)?.name ?? op.unitId);
  return (
    <section className="operation-detail" aria-labelledby="operation-title">
      <p>
        <a href={staffingHash({ kind: 'list' })}>← All operations</a>
      </p>
      <h2 id="operation-title">{op.name}</h2>
      <dl className="operation-facts">
        <dt>Unit</dt>
        <dd>{unitName}</dd>
        <dt>Window</dt>
        <dd>
          {windowText(op.start, op.end, zone)} ({zone}), {windowHours(op.start, op.end)} h
        </dd>
        <dt>Risk tier</dt>
        <dd>
          <span className={`risk risk-${op.riskTier}`}>{op.riskTier}</span>
        </dd>
        <dt>Roles</dt>
        <dd>
          {rolesSummary(op)}
          <ul className="role-list">
            {op.roles.map((r) => (
              <li key={r.role}>
                {r.count} × {r.role}
                {r.lead ? ' (leads)' : ''}
                {r.driving ? ' (drives)' : ''}: {requirementsText(r.requiredQualifications, policy.data?.roles[r.role])}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Status</dt>
        <dd className="staffing-status">{readable ? (proposals.isPending ? 'Loading…' : statusText(status)) : 'Staffed by an admin (agency-wide)'}</dd>
      </dl>
      {canStaff && status.kind !== 'staffed' && proposals.data && (
        <div className="propose">
          {op.unitId !== null && (
            <label>
              Candidates{' '}
              <select value={scope} onChange={(e) => setScope(e.target.value as 'unit' | 'agency')}>
                <option value="unit">This unit's officers</option>
                <option value="agency">Every unit's officers (agency)</option>
              </select>
            </label>
          )}
          <button type="button" className="primary" disabled={proposing} onClick={propose}>
            {proposing ? 'Proposing…' : 'Propose team'}
          </button>
          {scope === 'agency' && me.role === 'supervisor' && <span className="hint">You can put on duty only officers of the units you schedule.</span>}
          {proposing && <span role="status">Checking every candidate against the policy…</span>}
        </div>
      )}
      {proposeError && (
        <p role="alert" className="error">
          Could not propose a team: {proposeError}
        </p>
      )}
      {readable && proposals.isError && <p role="alert">Could not load the proposals: {proposals.error.message}</p>}
      {readable && proposals.data && items.length === 0 && <p>No team has been proposed yet.</p>}
      {items.length > 1 && (
        <nav aria-label="Proposals" className="proposal-tabs">
          {items.map((p) => (
            <a key={p.id} href={staffingHash({ kind: 'operation', operationId, proposalId: p.id })} aria-current={p.id === shown?.id ? 'true' : undefined}>
              Proposal {p.id} ({p.status})
            </a>
          ))}
        </nav>
      )}
      {shown && <ProposalView key={shown.id} proposal={shown} operation={op} actions={actions} officerHref={officerHref} />}
    </section>
  );
}
