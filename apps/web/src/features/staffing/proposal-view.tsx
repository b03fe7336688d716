import { type FormEvent, useState } from 'react';
import type { Operation, Proposal } from '../../api-client/wire-types.ts';
import { ExcludedOfficers } from './excluded-officers.tsx';
import { OverrideEditor } from './override-editor.tsx';
import { TeamTable } from './team-table.tsx';

/** What a supervisor may do with an open proposal; each resolves once the API has answered (and throws its error). */
export interface ProposalActions {
  accept(): Promise<void>;
  override(team: { role: string; officerId: string }[], reason: string): Promise<void>;
  discard(reason: string | undefined): Promise<void>;
}

const STATUS_TEXT: Record<Proposal['status'], string> = {
  proposed: 'Proposed, not decided yet',
  accepted: 'Accepted: the team is on duty',
  overridden: 'Overridden: another team is on duty',
  discarded: 'Discarded',
};

/**
 * One staffing proposal: the team by role with each member's reasons, the roles left short and why,
 * and every excluded officer with the first gate they fail. `actions` absent: read only (leadership,
 * or a proposal already decided).
 */
export function ProposalView({
  proposal,
  operation,
  actions,
  officerHref,
}: {
  proposal: Proposal;
  operation: Operation;
  actions: ProposalActions | undefined;
  officerHref?: (officerId: string) => string;
}) {
  const roleOrder = operation.roles.map((r) => r.role);
  const wanted = operation.roles.reduce((n, r) => n + r.count, 0);
  return (
    <section className="proposal" aria-labelledby={`proposal-${proposal.id}-title`}>
      <h3 id={`proposal-${proposal.id}-title`}>
        Proposal {proposal.id} <span className={`status status-${proposal.status}`}>{STATUS_TEXT[proposal.status]}</span>
      </h3>
      <p className="facts">
        {proposal.team.length} of {wanted} positions filled · {proposal.officersConsidered} officers considered (
        {proposal.scope === 'agency' ? 'every unit' : "the operation's unit"}), {proposal.fullyChecked} checked against every rule · policy version {proposal.policyVersion}
        {proposal.decidedAt && ` · decided ${proposal.decidedAt.slice(0, 16).replace('T', ' ')} UTC`}
      </p>
      {proposal.reason && (
        <p className="reason-text">
          <strong>Reason given:</strong> {proposal.reason}
        </p>
      )}
      <TeamTable
        members={proposal.team}
        roleOrder={roleOrder}
        caption={proposal.status === 'overridden' ? 'The team on duty (chosen by the supervisor)' : 'The team'}
        {...(officerHref ? { officerHref } : {})}
      />
      {proposal.unfilled.length > 0 && (
        <div className="unfilled" role="note" aria-label="Unfilled roles">
          <h4>Unfilled positions</h4>
          <ul>
            {proposal.unfilled.map((u) => (
              <li key={u.role}>
                <strong>
                  {u.role}: {u.missing} officer{u.missing === 1 ? '' : 's'} short
                </strong>{' '}
                — {u.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {proposal.proposedTeam && (
        <details>
          <summary>What the engine proposed ({proposal.proposedTeam.length} officers)</summary>
          <TeamTable members={proposal.proposedTeam} roleOrder={roleOrder} caption="The engine's team, replaced by the override" />
        </details>
      )}
      {actions && proposal.status === 'proposed' && <Decision proposal={proposal} roleOrder={roleOrder} actions={actions} />}
      <h4>Excluded officers and the first gate each fails</h4>
      <ExcludedOfficers excluded={proposal.excluded} onTeam={new Set(proposal.team.map((m) => m.officerId))} {...(officerHref ? { officerHref } : {})} />
    </section>
  );
}

type Mode = 'idle' | 'accept' | 'override' | 'discard';

function Decision({ proposal, roleOrder, actions }: { proposal: Proposal; roleOrder: readonly string[]; actions: ProposalActions }) {
  const [mode, setMode] = useState<Mode>('idle');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [discardReason, setDiscardReason] = useState('');
  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      setMode('idle');
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }
  if (mode === 'override') return <OverrideEditor proposal={proposal} roleOrder={roleOrder} onSubmit={actions.override} onCancel={() => setMode('idle')} />;
  return (
    <div className="decision">
      {mode === 'idle' && (
        <div className="form-actions">
          <button type="button" className="primary" onClick={() => setMode('accept')}>
            Accept team
          </button>
          <button type="button" onClick={() => setMode('override')}>
            Override…
          </button>
          <button type="button" onClick={() => setMode('discard')}>
            Discard…
          </button>
        </div>
      )}
      {mode === 'accept' && (
        <div className="confirm" role="group" aria-label="Confirm accept">
          <p>Put these {proposal.team.length} officers on duty? Each is checked again through the gates, then gets a published record over the operation's window.</p>
          <button type="button" className="primary" disabled={busy} onClick={() => run(actions.accept)}>
            {busy ? 'Accepting…' : 'Confirm accept'}
          </button>
          <button type="button" disabled={busy} onClick={() => setMode('idle')}>
            Back
          </button>
        </div>
      )}
      {mode === 'discard' && (
        <form
          className="confirm"
          aria-label="Discard the proposal"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void run(() => actions.discard(discardReason.trim() === '' ? undefined : discardReason.trim()));
          }}
        >
          <label>
            Reason (optional) <textarea value={discardReason} onChange={(e) => setDiscardReason(e.target.value)} rows={2} maxLength={2000} />
          </label>
          <button type="submit" disabled={busy}>
            {busy ? 'Discarding…' : 'Confirm discard'}
          </button>
          <button type="button" disabled={busy} onClick={() => setMode('idle')}>
            Back
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
