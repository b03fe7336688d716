// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api-client/api-client.ts';
import { OvertimeStanding, type OvertimeView } from '../../src/features/officer/overtime-standing.tsx';
import { renderWithApi } from './render-with-api.tsx';

const months = ['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'];
const VIEW: OvertimeView = {
  officerId: 'N1',
  unitId: 'north',
  unitTimeZone: 'America/Chicago',
  at: '2026-03-10T12:00:00.000Z',
  periodStart: '2026-01-01',
  standing: { position: 37, listLength: 100, overtimeHours: 7.5, aboveHours: 6, belowHours: 8.25, tiedCount: 2 },
  months: months.map((month) => ({ month, hours: month === '2026-02' ? 4 : month === '2026-03' ? 3.5 : 0, records: month >= '2026-02' ? 1 : 0 })),
  recent: [
    { id: 9, start: '2026-03-02T22:00:00.000Z', end: '2026-03-03T01:30:00.000Z', hours: 3.5, status: 'published' },
    { id: 4, start: '2026-02-10T14:00:00.000Z', end: '2026-02-10T18:00:00.000Z', hours: 4, status: 'published' },
  ],
};

describe('OvertimeStanding', () => {
  afterEach(cleanup);

  it('shows the place on the list, the neighbours’ hours, how the list is ordered, and the history', async () => {
    const { paths } = renderWithApi(<OvertimeStanding officerId="N1" zone="America/Chicago" />, () => Promise.resolve(VIEW));
    expect(screen.getByRole('status').textContent).toBe('Loading the overtime list…');
    await screen.findByText('Position 37 of 100');
    expect(paths).toEqual(['/api/officers/N1/overtime']);
    expect(screen.getByText(/Overtime since 2026-01-01:/).textContent).toContain('7.5 h');
    expect(screen.getByText(/just above/).textContent).toBe('Overtime of the officer just above (offered before): 6 h');
    expect(screen.getByText(/just below/).textContent).toBe('Overtime of the officer just below (offered after): 8.25 h');
    expect(screen.getByText(/2 other officer\(s\) have exactly the same hours/)).toBeTruthy();
    const how = screen.getByText('How the list is ordered');
    fireEvent.click(how);
    expect(how.parentElement!.textContent).toContain('fewest overtime hours since 2026-01-01');
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Overtime by month, 2025-04 to 2026-03: 7.5 h in all.');
    const byMonth = screen.getByRole('region', { name: 'Overtime hours and records by month' });
    expect([...byMonth.querySelectorAll('td')].slice(-3).map((c) => c.textContent)).toEqual(['0 h0 records', '4 h1 record', '3.5 h1 record']);
    const recent = within(screen.getByRole('region', { name: 'Overtime records of the last 90 days' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('td')].map((c) => c.textContent));
    // In Chicago time: 16:00–19:30 CST on 03-02 and 08:00–12:00 on 02-10.
    expect(recent).toEqual([
      ['2026-03-02', '16:00', '19:30', '3.5 h', 'published'],
      ['2026-02-10', '08:00', '12:00', '4 h', 'published'],
    ]);
  });

  it('says who is at either end, and when there was no overtime lately', async () => {
    const first = { ...VIEW, standing: { position: 1, listLength: 1, overtimeHours: 0, aboveHours: null, belowHours: null, tiedCount: 0 }, recent: [] };
    renderWithApi(<OvertimeStanding officerId="N1" zone="America/Chicago" />, () => Promise.resolve(first));
    await screen.findByText('Position 1 of 1');
    expect(screen.getByText(/just above/).textContent).toContain('none — first on the list');
    expect(screen.getByText(/just below/).textContent).toContain('none — last on the list');
    expect(screen.getByText('No overtime in the last 90 days.')).toBeTruthy();
  });

  it('shows the reason when the API refuses', async () => {
    renderWithApi(<OvertimeStanding officerId="N2" zone="America/Chicago" />, () =>
      Promise.reject(new ApiError(403, 'access.forbidden', 'A officer account may not read the overtime of officer N2.')),
    );
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Could not load the overtime standing: A officer account may not read the overtime of officer N2.'));
  });
});
