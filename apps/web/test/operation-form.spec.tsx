// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../src/api-client/api-client.ts';
import type { Me, Operation } from '../src/api-client/wire-types.ts';
import { OperationForm } from '../src/features/staffing/operation-form.tsx';
import { type Call, SignedIn, recordingApi } from './staffing-test-session.tsx';

const SUPERVISOR: Me = { id: 'u1', email: 'supervisor@test.muster', role: 'supervisor', officerId: null, unitIds: ['north'] };
const UNITS = {
  items: [
    { id: 'north', name: 'North Team', fieldOffice: 'Chicago', timeZone: 'America/Chicago' },
    { id: 'south', name: 'South Team', fieldOffice: 'El Paso', timeZone: 'America/Denver' },
  ],
};
const POLICY = {
  version: 3,
  yaml: null,
  policy: {
    qualifications: [
      { id: 'firearms', name: 'Firearms qualification', validityMonths: 6, warningDays: 30 },
      { id: 'first-aid', name: 'First aid / tactical casualty care', validityMonths: 24, warningDays: 60 },
    ],
    roles: { 'team-lead': ['firearms', 'fto-signoff'], 'entry-team': ['firearms'] },
  },
};

/** The form against an API that answers units and policy, and `create` for the POST. */
function renderForm(create: (call: Call) => unknown) {
  const created: Operation[] = [];
  const { api, calls } = recordingApi((call) => {
    if (call.path === '/api/units') return UNITS;
    if (call.path === '/api/policy') return POLICY;
    return create(call);
  });
  render(
    <SignedIn me={SUPERVISOR} api={api}>
      <OperationForm onCreated={(o) => created.push(o)} />
    </SignedIn>,
  );
  return { calls, created, posted: () => calls.filter((c) => c.method === 'POST').map((c) => c.body as Record<string, unknown>) };
}

const fill = (label: string, value: string, within_: HTMLElement = document.body) =>
  fireEvent.change(within(within_).getByLabelText(label, { exact: true }), { target: { value } });

describe('the new-operation form', () => {
  afterEach(cleanup);

  it("sends the window as instants of the unit's zone, across the spring-forward night", async () => {
    const { posted } = renderForm(() => {
      throw new ApiError(422, 'operation.too-long', 'no', {});
    });
    await screen.findByRole('form', { name: 'New operation' });
    // Only the supervisor's own unit is offered.
    expect(
      within(screen.getByLabelText('Unit'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['North Team (America/Chicago)']);
    fill('Name', 'Night warrant');
    fill('Starts', '2026-03-08T01:30');
    fill('Ends', '2026-03-08T03:30');
    fireEvent.click(screen.getByRole('button', { name: 'Create operation' }));
    await waitFor(() => expect(posted()).toHaveLength(1));
    // 01:30 CST is 07:30Z; 03:30 is already CDT (UTC−5), 08:30Z: one hour of elapsed time.
    expect(posted()[0]).toMatchObject({ name: 'Night warrant', unitId: 'north', start: '2026-03-08T07:30:00.000Z', end: '2026-03-08T08:30:00.000Z', riskTier: 'elevated' });
    expect(posted()[0]!['roles']).toEqual([
      { role: 'team-lead', count: 1, lead: true },
      { role: 'entry-team', count: 1 },
    ]);
  });

  it("places each of the API's validation problems next to its field and counts them", async () => {
    const { posted } = renderForm(() => {
      throw new ApiError(400, 'request.invalid', 'The request is not valid', {
        issues: [
          { where: 'body/name', message: 'Too small: expected string to have >=1 characters' },
          { where: 'body/roles/1/count', message: 'Too small: expected number to be >=1' },
        ],
      });
    });
    await screen.findByRole('form', { name: 'New operation' });
    fill('Officers', '0', screen.getByRole('group', { name: 'Role 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create operation' }));
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toBe('The operation was not created: 2 problems, shown next to the fields.');
    const name = screen.getByLabelText('Name', { exact: true });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)!.textContent).toBe('Too small: expected string to have >=1 characters');
    expect(screen.getByRole('group', { name: 'Role 2' }).getAttribute('aria-invalid')).toBe('true');
    expect(within(screen.getByRole('group', { name: 'Role 2' })).getByRole('listitem').textContent).toBe('count: Too small: expected number to be >=1');
    expect(screen.getByRole('group', { name: 'Role 1' }).getAttribute('aria-invalid')).toBe(null);
    expect((posted()[0]!['roles'] as { count: number }[]).map((r) => r.count)).toEqual([1, 0]);
  });

  it('puts a refusal about a role under that role, and sends [] once it is marked as needing nothing', async () => {
    const { posted, created } = renderForm((call) => {
      const roles = (call.body as { roles: { role: string; requiredQualifications?: string[] }[] }).roles;
      if (roles.some((r) => r.role === 'observer' && r.requiredQualifications === undefined)) {
        throw new ApiError(422, 'operation.unknown-role', 'Role "observer" lists no required qualifications and the policy\'s roles do not name it.', { roles: ['observer'] });
      }
      return { id: 'OP-NEW00001', ...(call.body as object) };
    });
    await screen.findByRole('form', { name: 'New operation' });
    fill('Name', 'Observed surge');
    const third = () => screen.getByRole('group', { name: 'Role 3' });
    fireEvent.click(screen.getByRole('button', { name: 'Add a role' }));
    fill('Role name', 'observer', third());
    expect(within(third()).getByText('The policy does not name this role: pick the qualifications it needs.')).toBeTruthy();
    // An entry team that also needs first aid, on top of the policy's firearms.
    fireEvent.click(within(screen.getByRole('group', { name: 'Role 2' })).getByLabelText('First aid / tactical casualty care'));
    fireEvent.click(screen.getByRole('button', { name: 'Create operation' }));
    await waitFor(() => expect(within(third()).getByRole('listitem').textContent).toContain('Role "observer" lists no required qualifications'));
    expect(screen.getByRole('group', { name: 'Role 2' }).getAttribute('aria-invalid')).toBe(null);
    fireEvent.click(within(third()).getByLabelText('Needs no qualification'));
    fireEvent.click(screen.getByRole('button', { name: 'Create operation' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(posted()).toHaveLength(2);
    expect(posted()[1]!['roles']).toEqual([
      { role: 'team-lead', count: 1, lead: true },
      { role: 'entry-team', count: 1, requiredQualifications: ['first-aid'] },
      { role: 'observer', count: 1, requiredQualifications: [] },
    ]);
    expect(created[0]!.id).toBe('OP-NEW00001');
    expect(screen.queryByRole('alert')).toBe(null);
  });
});
