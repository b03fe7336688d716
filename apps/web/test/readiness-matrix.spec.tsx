// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../src/api-client/api-client.ts';
import type { Me, ReadinessMatrix } from '../src/api-client/wire-types.ts';
import { ReadinessPage } from '../src/features/readiness/readiness-page.tsx';
import { ReadinessTable } from '../src/features/readiness/readiness-table.tsx';
import { SessionContext } from '../src/features/sign-in/session.ts';

type Cell = ReadinessMatrix['officers'][number]['cells'][number];
const missing: Cell = { status: 'missing', issued: null, expires: null, daysLeft: null, due: false };
const cell = (status: Cell['status'], expires: string, daysLeft: number, due = false): Cell => ({ status, issued: '2025-01-01', expires, daysLeft, due });
const officer = (id: string, name: string, cells: Cell[], recruit = false) => ({
  id,
  name,
  unit: 'north',
  rank: 'Officer',
  academyTrack: 'full' as const,
  hireDate: '2019-04-14',
  serviceYears: recruit ? 0.3 : 6.9,
  priorLeYears: 0,
  recruit,
  veteran: !recruit,
  cells,
});

function fixture(before: string | null): ReadinessMatrix {
  const all = [
    officer('N1', 'Ada Lopez', [cell('valid', '2026-04-20', 41), cell('expiring', '2026-03-31', 21, before !== null), cell('expired', '2026-03-09', -1, before !== null)]),
    officer('N 2', 'Ben Okafor', [cell('valid', '2026-08-31', 174), missing, missing], true),
  ];
  const officers = before === null ? all : all.slice(0, 1);
  return {
    at: '2026-03-10T12:00:00.000Z',
    unit: null,
    before,
    policyVersion: 0,
    units: [{ id: 'north', name: 'North Team', fieldOffice: 'Chicago', timeZone: 'America/Chicago' }],
    qualifications: [
      { id: 'firearms', name: 'Firearms qualification', validityMonths: 6, warningDays: 30 },
      { id: 'pit', name: 'PIT manoeuvre certification', validityMonths: 12, warningDays: 45 },
      { id: 'first-aid', name: 'First aid', validityMonths: 24, warningDays: 60 },
    ],
    officers,
    counts: [
      { qualificationId: 'firearms', valid: officers.length, expiring: 0, expired: 0, missing: 0 },
      { qualificationId: 'pit', valid: 0, expiring: 1, expired: 0, missing: officers.length - 1 },
      { qualificationId: 'first-aid', valid: 0, expiring: 0, expired: 1, missing: officers.length - 1 },
    ],
    total: officers.length,
    limit: 1000,
    offset: 0,
  };
}

const me: Me = { id: 'u1', email: 'training@test.muster', role: 'training', officerId: null, unitIds: [] } as unknown as Me;

function renderPage(get: (path: string) => Promise<unknown>) {
  const api: ApiClient = { get: get as ApiClient['get'], send: () => Promise.reject(new Error('not used')) };
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <SessionContext.Provider value={{ me, api, signOut: () => {} }}>
      <QueryClientProvider client={client}>
        <ReadinessPage />
      </QueryClientProvider>
    </SessionContext.Provider>,
  );
}

describe('the readiness matrix', () => {
  afterEach(cleanup);

  it('colours each cell by status and says it in text: symbol, last valid day, and days left in its name', () => {
    render(<ReadinessTable matrix={fixture(null)} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const link = within(rows[1]!).getByRole('link', { name: 'Ben Okafor' });
    expect(link.getAttribute('href')).toBe('#/officers/N%202');
    expect(rows[1]!.textContent).toContain('0.3 yrs · full academy · recruit');
    const cells = within(rows[0]!).getAllByRole('cell').slice(1);
    expect(cells.map((c) => c.className)).toEqual(['rd-cell rd-valid', 'rd-cell rd-expiring', 'rd-cell rd-expired']);
    expect(cells.map((c) => c.textContent)).toEqual(['✓ 2026-04-20', '! 2026-03-31', '✕ 2026-03-09']);
    expect(cells[1]!.getAttribute('aria-label')).toBe('PIT manoeuvre certification: expiring, 21 days left (last valid day 2026-03-31)');
    expect(cells[2]!.getAttribute('title')).toBe('First aid: expired 1 day ago (last valid day 2026-03-09)');
    const missingCell = within(rows[1]!).getAllByRole('cell')[2]!;
    expect([missingCell.className, missingCell.textContent, missingCell.getAttribute('aria-label')]).toEqual([
      'rd-cell rd-missing',
      '—',
      'PIT manoeuvre certification: missing (never held)',
    ]);
  });

  it('loads, then filters to officers who must requalify before the chosen day, with counts', async () => {
    const asked: string[] = [];
    renderPage(async (path) => {
      asked.push(path);
      const before = new URLSearchParams(path.split('?')[1] ?? '').get('before');
      return fixture(before);
    });
    expect(screen.getByRole('status').textContent).toBe('Loading the readiness matrix…');
    await screen.findByRole('link', { name: 'Ada Lopez' });
    expect(screen.getByText('2 officers · statuses as of today, on each officer’s local day')).toBeTruthy();
    const counts = screen.getByRole('table', { name: /Officers per status/ });
    expect(within(counts).getByRole('row', { name: /First aid/ }).textContent).toBe('First aid0011');
    fireEvent.change(screen.getByLabelText('Must requalify before'), { target: { value: '2026-04-01' } });
    await screen.findByText('1 officer must requalify before 2026-04-01');
    expect(asked).toEqual(['/api/readiness', '/api/readiness?before=2026-04-01']);
    expect(screen.queryByRole('link', { name: 'Ben Okafor' })).toBeNull();
    const due = document.querySelectorAll('td.rd-due');
    expect(due).toHaveLength(2);
    expect(due[0]!.getAttribute('aria-label')).toContain('must requalify before 2026-04-01');
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'north' } });
    await waitFor(() => expect(asked.at(-1)).toBe('/api/readiness?unit=north&before=2026-04-01'));
  });

  it('says so when no officer is due, and when the matrix cannot be loaded', async () => {
    renderPage(async () => ({ ...fixture('2026-03-11'), officers: [], total: 0 }));
    await screen.findByText('No officer must requalify before 2026-03-11.');
    cleanup();
    renderPage(() => Promise.reject(new Error('A analyst account may not read the readiness matrix.')));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not load the readiness matrix: A analyst account may not read the readiness matrix.');
  });
});
