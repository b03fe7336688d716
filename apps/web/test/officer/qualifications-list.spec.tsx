// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_POLICY } from '@muster/domain';
import { instant } from '@muster/kernel';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api-client/api-client.ts';
import { QualificationsList, qualificationRows } from '../../src/features/officer/qualifications-list.tsx';
import { renderWithApi } from './render-with-api.tsx';

// 2026-03-10 07:00 in Chicago.
const NOW = instant(Date.UTC(2026, 2, 10, 12));
const grant = (id: number, qualificationId: string, issued: string, expires: string) => ({ id, officerId: 'N1', qualificationId, issued, expires });
const grants = [
  grant(1, 'first-aid', '2024-06-01', '2026-05-31'), // 82 days, 60-day window: valid
  grant(2, 'firearms', '2025-09-10', '2026-03-09'), // yesterday was its last day: expired
  grant(3, 'pit', '2025-04-01', '2026-03-31'), // 21 days, 45-day window: expiring
  grant(4, 'firearms', '2026-03-05', '2026-09-04'), // requalified: valid
  grant(5, 'unknown-course', '2025-01-01', '2026-03-10'), // not in the catalogue: no window, last day today
];
const answer = (path: string) => {
  if (path === '/api/officers/N1/qualifications') return Promise.resolve({ items: grants });
  if (path === '/api/policy') return Promise.resolve({ version: 0, yaml: null, policy: { qualifications: DEFAULT_POLICY.qualifications } });
  return Promise.reject(new Error(`unexpected ${path}`));
};

describe('qualificationRows', () => {
  it('joins each grant with the catalogue and orders by the last valid day', () => {
    const rows = qualificationRows(grants, DEFAULT_POLICY.qualifications, NOW, 'America/Chicago');
    expect(rows.map((r) => [r.name, r.expires, r.daysLeft, r.status])).toEqual([
      ['Firearms qualification', '2026-03-09', -1, 'expired'],
      ['unknown-course', '2026-03-10', 0, 'valid'],
      ['PIT manoeuvre certification', '2026-03-31', 21, 'expiring'],
      ['First aid / tactical casualty care', '2026-05-31', 82, 'valid'],
      ['Firearms qualification', '2026-09-04', 178, 'valid'],
    ]);
  });
});

describe('QualificationsList', () => {
  afterEach(cleanup);

  it('shows each qualification with its dates, days left and status in words', async () => {
    const { paths } = renderWithApi(<QualificationsList officerId="N1" zone="America/Chicago" now={NOW} />, answer);
    expect(screen.getByRole('status').textContent).toBe('Loading qualifications…');
    const table = await screen.findByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Firearms qualification', '2025-09-10', '2026-03-09', 'expired 1 day ago', 'expired'],
      ['unknown-course', '2025-01-01', '2026-03-10', 'last valid day today', 'valid'],
      ['PIT manoeuvre certification', '2025-04-01', '2026-03-31', '21 days left', 'expiring'],
      ['First aid / tactical casualty care', '2024-06-01', '2026-05-31', '82 days left', 'valid'],
      ['Firearms qualification', '2026-03-05', '2026-09-04', '178 days left', 'valid'],
    ]);
    expect(screen.getByText(/^3 valid, 1 expiring, 1 expired\./)).toBeTruthy();
    expect(paths.sort()).toEqual(['/api/officers/N1/qualifications', '/api/policy']);
  });

  it('says so when the officer holds none', async () => {
    renderWithApi(<QualificationsList officerId="N1" zone="America/Chicago" now={NOW} />, (path) => (path === '/api/policy' ? answer(path) : Promise.resolve({ items: [] })));
    await screen.findByText('No qualification on record.');
  });

  it('shows the reason when the API refuses', async () => {
    renderWithApi(<QualificationsList officerId="N2" zone="America/Chicago" now={NOW} />, (path) =>
      path === '/api/policy' ? answer(path) : Promise.reject(new ApiError(403, 'access.forbidden', 'A officer account may not read officer N2.')),
    );
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Could not load the qualifications: A officer account may not read officer N2.'));
  });
});
