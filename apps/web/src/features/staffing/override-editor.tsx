import { type FormEvent, useMemo, useState } from 'react';
import { ApiError } from '../../api-client/api-client.ts';
import type { ExcludedOfficer, Proposal } from '../../api-client/wire-types.ts';
import { gateGroups, gateLabel } from './excluded-groups.ts';

/** The shortest reason the API takes for replacing a proposed team. */
export const MIN_OVERRIDE_REASON = 10;

/** A position on the team: a role and who fills it ('' = left open). */
interface Slot {
  readonly role: string;
  readonly officerId: string;
}

/** The proposal's team as positions, in the team table's order (role, then score), each role's open positions after its members. */
function initialSlots(proposal: Proposal, roleOrder: readonly string[]): Slot[] {
  return roleOrder.flatMap((role) => [
    ...proposal.team
      .filter((m) => m.role === role)
      .sort((a, b) => a.score - b.score)
      .map((m) => ({ role, officerId: m.officerId })),
    ...Array.from({ length: proposal.unfilled.find((u) => u.role === role)?.missing ?? 0 }, () => ({ role, officerId: '' })),
  ]);
}

/**
 * Replace officers of a proposed team: each position picks from the proposed team and every excluded
 * officer (grouped by the gate they fail), a reason of at least 10 characters is required, and the
 * API decides — an officer who fails a hard gate is refused, and its answer is shown as it is.
 */
export function OverrideEditor({
  proposal,
  roleOrder,
  onSubmit,
  onCancel,
}: {
  proposal: Proposal;
  roleOrder: readonly string[];
  onSubmit(team: { role: string; officerId: string }[], reason: string): Promise<void>;
  onCancel(): void;
}) {
  const [slots, setSlots] = useState(() => initialSlots(proposal, roleOrder));
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | Error | undefined>();
  const excludedById = useMemo(() => new Map(proposal.excluded.map((e) => [e.officerId, e])), [proposal.excluded]);
  // One set of <option>s shared by every position's select: hundreds of officers are built once.
  const options = useMemo(() => candidateOptions(proposal), [proposal]);
  const missing = MIN_OVERRIDE_REASON - reason.trim().length;
  const failedOfficer = error instanceof ApiError && typeof error.details?.['officerId'] === 'string' ? error.details['officerId'] : undefined;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (missing > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(
        slots.filter((s) => s.officerId !== '').map(({ role, officerId }) => ({ role, officerId })),
        reason.trim(),
      );
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="override-editor" aria-label="Override the team" onSubmit={submit}>
      <h4>Override: choose the team</h4>
      <p className="hint">Every officer you choose goes through the same hard gates; muster refuses an assignment that breaks a block rule.</p>
      <ol className="slots">
        {slots.map((slot, i) => {
          const picked = excludedById.get(slot.officerId);
          const label = `${slot.role}, position ${slots.slice(0, i + 1).filter((s) => s.role === slot.role).length}`;
          return (
            <li key={i} className={failedOfficer !== undefined && failedOfficer === slot.officerId ? 'refused' : undefined}>
              <label>
                {label}{' '}
                <select value={slot.officerId} onChange={(e) => setSlots(slots.map((s, j) => (j === i ? { ...s, officerId: e.target.value } : s)))}>
                  <option value="">(leave open)</option>
                  {options}
                </select>
              </label>
              {picked && picked.gate !== 'ranked-lower' && (
                <p className="gate-note">
                  <strong>Fails {gateLabel(picked.gate)}:</strong> {picked.reason}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <label className="reason">
        Reason for the override (at least {MIN_OVERRIDE_REASON} characters){' '}
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={2000} aria-describedby="override-reason-count" />
      </label>
      <p id="override-reason-count" className="hint">
        {missing > 0 ? `${missing} more character${missing === 1 ? '' : 's'} needed.` : 'Reason long enough.'}
      </p>
      {error && (
        <div role="alert" className="error">
          <strong>Not overridden{error instanceof ApiError ? ` (${error.code})` : ''}:</strong> {error.message}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={missing > 0 || busy}>
          {busy ? 'Overriding…' : 'Override with this team'}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Back
        </button>
      </div>
    </form>
  );
}

function candidateOptions(proposal: Proposal) {
  const byGate = new Map<string, ExcludedOfficer[]>();
  for (const e of proposal.excluded) {
    const list = byGate.get(e.gate);
    if (list === undefined) byGate.set(e.gate, [e]);
    else list.push(e);
  }
  return (
    <>
      <optgroup label="Proposed team">
        {proposal.team.map((m) => (
          <option key={m.officerId} value={m.officerId}>
            {m.name} ({m.officerId}), proposed as {m.role}
          </option>
        ))}
      </optgroup>
      {gateGroups(proposal.excluded).map((g) => (
        <optgroup key={g.gate} label={`${gateLabel(g.gate)} (${g.count})`}>
          {byGate.get(g.gate)!.map((e) => (
            <option key={e.officerId} value={e.officerId}>
              {e.name} ({e.officerId}){g.gate === 'ranked-lower' ? '' : ` — fails ${e.gate}`}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
