import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { NewOperation, Operation, Unit } from '../../api-client/wire-types.ts';
import { addDays, today } from '../../components/local-day.ts';
import { useSession } from '../sign-in/session.ts';
import { localInputToIso } from './operation-window.ts';
import { type OperationField, type OperationProblems, operationProblems } from './operation-problems.ts';
import { type RoleDraft, RoleFields, roleRequest } from './role-fields.tsx';
import { fetchStaffingPolicy } from './staffing-policy.ts';

const RISK_TIERS = ['low', 'elevated', 'high', 'critical'] as const;
const NO_PROBLEMS: OperationProblems = { fields: {}, roles: {} };
/** The value of the unit select that means "agency-wide" (admins only). */
const AGENCY = '';

let nextKey = 1;
const newRole = (role = ''): RoleDraft => ({ key: nextKey++, role, count: '1', qualifications: [], lead: false, driving: false, needsNone: false });

/**
 * Plans an operation: name, unit, window as local date-times in the unit's zone, risk tier and
 * roles. The API checks it (the one place the rules live) and its problems appear next to the fields.
 */
export function OperationForm({ onCreated }: { onCreated(operation: Operation): void }) {
  const { api, me } = useSession();
  const queryClient = useQueryClient();
  const units = useQuery({ queryKey: ['units'], queryFn: () => api.get<{ items: Unit[] }>('/api/units') });
  const policy = useQuery({ queryKey: ['staffing-policy'], queryFn: () => fetchStaffingPolicy(api) });
  const [name, setName] = useState('');
  const [unitChoice, setUnitChoice] = useState<string | undefined>();
  const [start, setStart] = useState<string | undefined>();
  const [end, setEnd] = useState<string | undefined>();
  const [riskTier, setRiskTier] = useState<(typeof RISK_TIERS)[number]>('elevated');
  const [roles, setRoles] = useState<RoleDraft[]>(() => [{ ...newRole('team-lead'), lead: true }, newRole('entry-team')]);
  const [problems, setProblems] = useState<OperationProblems>(NO_PROBLEMS);
  const [busy, setBusy] = useState(false);

  if (units.isPending || policy.isPending) return <p role="status">Loading units and the policy…</p>;
  if (units.isError) return <p role="alert">Could not load units: {units.error.message}</p>;
  if (policy.isError) return <p role="alert">Could not load the policy: {policy.error.message}</p>;
  const schedulable = me.role === 'admin' ? units.data.items : units.data.items.filter((u) => me.unitIds.includes(u.id));
  const unitId = unitChoice ?? schedulable[0]?.id ?? AGENCY;
  const unit = units.data.items.find((u) => u.id === unitId);
  const zone = unit?.timeZone ?? 'UTC';
  const tomorrow = addDays(today(zone), 1);
  const startValue = start ?? `${tomorrow}T08:00`;
  const endValue = end ?? `${tomorrow}T16:00`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const startIso = localInputToIso(startValue, zone);
    const endIso = localInputToIso(endValue, zone);
    if (startIso === undefined || endIso === undefined) {
      setProblems({ fields: { ...(startIso ? {} : { start: ['a date and a time'] }), ...(endIso ? {} : { end: ['a date and a time'] }) }, roles: {} });
      return;
    }
    const sent = roles.map(roleRequest);
    const body: NewOperation = { name, unitId: unitId === AGENCY ? null : unitId, start: startIso, end: endIso, riskTier, roles: sent };
    setBusy(true);
    setProblems(NO_PROBLEMS);
    try {
      const created = await api.send<Operation>('POST', '/api/operations', body);
      await queryClient.invalidateQueries({ queryKey: ['operations'] });
      onCreated(created);
    } catch (error) {
      setProblems(operationProblems(error, sent));
    } finally {
      setBusy(false);
    }
  }

  const count = Object.values(problems.fields).reduce((n, list) => n + list.length, 0) + Object.values(problems.roles).reduce((n, list) => n + list.length, 0);
  const field = (key: OperationField, label: string, input: (described: { 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode) => {
    const list = problems.fields[key];
    return (
      <div className="field">
        <label>
          {label} {input(list ? { 'aria-invalid': true, 'aria-describedby': `op-${key}-problems` } : {})}
        </label>
        {list && (
          <ul id={`op-${key}-problems`} className="field-problems">
            {list.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
      </div>
    );
  };
  return (
    <form className="operation-form" aria-labelledby="operation-form-title" onSubmit={submit} noValidate>
      <h2 id="operation-form-title">New operation</h2>
      {count > 0 && (
        <div role="alert" className="error">
          The operation was not created: {count} problem{count === 1 ? '' : 's'}, shown next to the fields.
          {problems.fields.form && (
            <ul>
              {problems.fields.form.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {field('name', 'Name', (a) => (
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} {...a} />
      ))}
      {field('unitId', 'Unit', (a) => (
        <select value={unitId} onChange={(e) => setUnitChoice(e.target.value)} {...a}>
          {schedulable.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.timeZone})
            </option>
          ))}
          {me.role === 'admin' && <option value={AGENCY}>Agency-wide (UTC)</option>}
        </select>
      ))}
      <p className="hint">
        Times are wall-clock times in <strong>{zone}</strong>, the unit's zone; at most 36 h.
      </p>
      <div className="window-fields">
        {field('start', 'Starts', (a) => (
          <input type="datetime-local" value={startValue} onChange={(e) => setStart(e.target.value)} required {...a} />
        ))}
        {field('end', 'Ends', (a) => (
          <input type="datetime-local" value={endValue} onChange={(e) => setEnd(e.target.value)} required {...a} />
        ))}
      </div>
      {field('riskTier', 'Risk tier', (a) => (
        <select value={riskTier} onChange={(e) => setRiskTier(e.target.value as (typeof RISK_TIERS)[number])} {...a}>
          {RISK_TIERS.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      ))}
      <h3>Roles</h3>
      <datalist id="policy-roles">
        {Object.keys(policy.data.roles).map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      {problems.fields.roles && (
        <ul className="field-problems">
          {problems.fields.roles.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {roles.map((draft, i) => (
        <RoleFields
          key={draft.key}
          index={i}
          draft={draft}
          policy={policy.data}
          problems={problems.roles[i]}
          onChange={(next) => setRoles(roles.map((r) => (r.key === next.key ? next : r)))}
          onRemove={roles.length > 1 ? () => setRoles(roles.filter((r) => r.key !== draft.key)) : undefined}
        />
      ))}
      <div className="form-actions">
        <button type="button" onClick={() => setRoles([...roles, newRole()])}>
          Add a role
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create operation'}
        </button>
        <a href="#/staffing">Cancel</a>
      </div>
    </form>
  );
}
