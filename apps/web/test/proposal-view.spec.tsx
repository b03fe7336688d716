// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../src/api-client/api-client.ts';
import type { ExcludedOfficer, Operation, Proposal, ProposalMember } from '../src/api-client/wire-types.ts';
import { type ProposalActions, ProposalView } from '../src/features/staffing/proposal-view.tsx';

const OPERATION: Operation = {
  id: 'OP-A',
  name: 'Warrant service',
  unitId: 'north',
  start: '2026-03-12T13:00:00.000Z',
  end: '2026-03-12T21:00:00.000Z',
  riskTier: 'high',
  timeZone: 'America/Chicago',
  roles: [
    { role: 'team-lead', count: 1, requiredQualifications: [], lead: true },
    { role: 'entry-team', count: 3, requiredQualifications: ['first-aid'] },
  ],
};

const member = (role: string, officerId: string, hours: number, overtime: number, warnings: string[] = []): ProposalMember => ({
  role,
  officerId,
  name: `Officer ${officerId}`,
  recruit: false,
  veteran: true,
  score: hours + 0.5 * overtime + 10 * warnings.length,
  hoursPrior7Days: hours,
  overtimeHoursThisMonth: overtime,
  warnings,
});

/** 240 excluded officers: 100 unavailable, 80 without a qualification, 45 short of rest, 15 ranked lower. */
function excluded(): ExcludedOfficer[] {
  const gates: [string, number][] = [
    ['unavailable', 100],
    ['qualification', 80],
    ['rest.min-between-duties', 45],
    ['ranked-lower', 15],
  ];
  let n = 0;
  return gates.flatMap(([gate, count]) =>
    Array.from({ length: count }, () => {
      n += 1;
      const officerId = `X${String(n).padStart(4, '0')}`;
      return { officerId, name: `Officer ${officerId}`, gate, reason: `${gate} reason of ${officerId}` };
    }),
  );
}

const PROPOSAL: Proposal = {
  id: 7,
  operationId: 'OP-A',
  status: 'proposed',
  scope: 'unit',
  policyVersion: 2,
  team: [member('entry-team', 'N2', 12.5, 3, ['hours.max-7d']), member('team-lead', 'N1', 10, 0), member('entry-team', 'N3', 8, 1.25)],
  unfilled: [{ role: 'entry-team', missing: 1, reason: 'no other officer holds "first-aid" for the whole window' }],
  excluded: excluded(),
  officersConsidered: 243,
  fullyChecked: 63,
  createdBy: 'u1',
  createdAt: '2026-03-01T10:00:00.000Z',
};

function renderView(actions: ProposalActions | undefined) {
  render(<ProposalView proposal={PROPOSAL} operation={OPERATION} actions={actions} />);
}

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.children].map((c) => c.textContent));

describe('a staffing proposal', () => {
  afterEach(cleanup);

  it('shows the team by role with hours, overtime, score and warnings, and the unfilled positions with why', () => {
    renderView(undefined);
    expect(rowTexts(screen.getByRole('table', { name: 'The team' }))).toEqual([
      ['team-lead', 'Officer N1 N1', 'Veteran', '10 h', '0 h', '10 points', 'none'],
      ['entry-team', 'Officer N3 N3', 'Veteran', '8 h', '1.3 h', '8.63 points', 'none'],
      ['entry-team', 'Officer N2 N2', 'Veteran', '12.5 h', '3 h', '24 points', 'WARN hours.max-7d '],
    ]);
    expect(screen.getByRole('note', { name: 'Unfilled roles' }).textContent).toContain('entry-team: 1 officer short — no other officer holds "first-aid" for the whole window');
    expect(screen.getByText(/3 of 4 positions filled · 243 officers considered/)).toBeTruthy();
  });

  it('groups the excluded officers by gate with counts, filters, searches and pages them', () => {
    renderView(undefined);
    const filters = within(screen.getByRole('group', { name: 'Filter by gate' })).getAllByRole('button');
    expect(filters.map((b) => b.textContent)).toEqual([
      'All gates (240)',
      'Qualified and available, ranked lower (15)',
      'Unavailable: already on duty (100)',
      'Missing a qualification (80)',
      'Would break rule rest.min-between-duties (45)',
    ]);
    const table = () => screen.getByRole('table', { name: '' });
    const status = () => screen.getByText(/^Showing|^No excluded/).textContent;
    expect(status()).toBe('Showing 1–25 of 240 excluded officers');
    expect(rowTexts(table())).toHaveLength(25);
    fireEvent.click(filters[3]!);
    expect(status()).toBe('Showing 1–25 of 80 excluded officers');
    expect(new Set(rowTexts(table()).map((r) => r[1]))).toEqual(new Set(['Missing a qualification']));
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(status()).toBe('Showing 26–50 of 80 excluded officers');
    expect(rowTexts(table())[0]![0]).toBe('Officer X0126 X0126');
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(status()).toBe('Showing 76–80 of 80 excluded officers');
    expect((screen.getByRole('button', { name: 'Next page' }) as HTMLButtonElement).disabled).toBe(true);
    // Searching starts again on the first page, within the chosen gate.
    fireEvent.change(screen.getByLabelText('Search excluded officers'), { target: { value: 'x011' } });
    expect(status()).toBe('Showing 1–10 of 10 excluded officers');
    fireEvent.click(filters[0]!);
    fireEvent.change(screen.getByLabelText('Search excluded officers'), { target: { value: 'ranked-lower reason' } });
    expect(status()).toBe('Showing 1–15 of 15 excluded officers');
    fireEvent.change(screen.getByLabelText('Search excluded officers'), { target: { value: 'nobody' } });
    expect(status()).toBe('No excluded officer matches.');
  });

  it('offers no action when read only', () => {
    renderView(undefined);
    for (const name of ['Accept team', 'Override…', 'Discard…']) expect(screen.queryByRole('button', { name })).toBe(null);
  });

  it('keeps Override disabled until the reason has 10 characters, sends the chosen team, and shows a refusal as the API words it', async () => {
    const overrides: [{ role: string; officerId: string }[], string][] = [];
    const actions: ProposalActions = {
      accept: async () => undefined,
      discard: async () => undefined,
      override: async (team, reason) => {
        overrides.push([team, reason]);
        if (team.some((a) => a.officerId === 'X0001')) {
          throw new ApiError(422, 'proposal.gate-failed', 'Officer X0001 cannot take role "entry-team" on operation OP-A [unavailable]: already on duty.', {
            officerId: 'X0001',
            gate: 'unavailable',
          });
        }
      },
    };
    renderView(actions);
    fireEvent.click(screen.getByRole('button', { name: 'Override…' }));
    const editor = screen.getByRole('form', { name: 'Override the team' });
    const submit = within(editor).getByRole('button', { name: 'Override with this team' }) as HTMLButtonElement;
    const reason = within(editor).getByLabelText(/^Reason for the override/);
    expect(submit.disabled).toBe(true);
    // Nine characters, and spaces around them do not count.
    fireEvent.change(reason, { target: { value: '  court 9am  ' } });
    expect(submit.disabled).toBe(true);
    expect(within(editor).getByText('1 more character needed.')).toBeTruthy();
    fireEvent.change(reason, { target: { value: '  court 9 am  ' } });
    expect(submit.disabled).toBe(false);
    // Positions: team-lead 1, entry-team 1–2 (the team), entry-team 3 (unfilled, open).
    const slots = within(editor)
      .getAllByRole('combobox')
      .map((s) => (s as HTMLSelectElement).value);
    expect(slots).toEqual(['N1', 'N3', 'N2', '']);
    const third = within(editor).getByLabelText('entry-team, position 3');
    // Every officer is offered: 3 on the team, 240 excluded, and "(leave open)".
    expect(within(third).getAllByRole('option')).toHaveLength(244);
    fireEvent.change(third, { target: { value: 'X0001' } });
    expect(within(editor).getByText(/^Fails Unavailable: already on duty:/).parentElement!.textContent).toContain('unavailable reason of X0001');
    fireEvent.click(submit);
    await waitFor(() =>
      expect(within(editor).getByRole('alert').textContent).toBe(
        'Not overridden (proposal.gate-failed): Officer X0001 cannot take role "entry-team" on operation OP-A [unavailable]: already on duty.',
      ),
    );
    fireEvent.change(third, { target: { value: 'X0230' } });
    fireEvent.change(within(editor).getByLabelText('entry-team, position 2'), { target: { value: '' } });
    fireEvent.click(submit);
    await waitFor(() => expect(overrides).toHaveLength(2));
    expect(overrides[1]).toEqual([
      [
        { role: 'team-lead', officerId: 'N1' },
        { role: 'entry-team', officerId: 'N3' },
        { role: 'entry-team', officerId: 'X0230' },
      ],
      'court 9 am',
    ]);
  });
});
