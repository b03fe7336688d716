// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api-client/api-client.ts';
import { DaysOffPanel, type DaysOffView } from '../../src/features/officer/days-off-panel.tsx';
import { renderWithApi } from './render-with-api.tsx';

const week = (from: string, to: string, offDays: string[], shortDays: number, repaidDays: number, debtDays: number, planned = false) => ({
  from,
  to,
  offDays,
  daysOff: offDays.length,
  guaranteedDaysOff: 1,
  shortDays,
  repaidDays,
  debtDays,
  planned,
});

const VIEW: DaysOffView = {
  officerId: 'N1',
  timeZone: 'America/Chicago',
  today: '2026-03-10',
  weekStartsOn: 0,
  guaranteedDaysOffPerWeek: 1,
  basis: 'days-off.min-per-7-days blocks 7 consecutive duty days, so every 7 days hold at least 1 day off',
  weeks: [
    week('2026-03-01', '2026-03-07', [], 1, 0, 1),
    week('2026-03-08', '2026-03-14', ['2026-03-14'], 0, 0, 1, true),
    week('2026-03-15', '2026-03-21', ['2026-03-15', '2026-03-16', '2026-03-21'], 0, 1, 0, true),
  ],
  debtNowDays: 1,
  debtAtEndDays: 0,
};

const todayIn = (zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const daysApart = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describe('DaysOffPanel', () => {
  afterEach(cleanup);

  it('asks for the 7 weeks before this one and 2 after, and shows the debt now and week by week', async () => {
    const { paths } = renderWithApi(<DaysOffPanel officerId="N1" zone="America/Chicago" />, () => Promise.resolve(VIEW));
    expect(screen.getByRole('status').textContent).toBe('Loading days off…');
    await screen.findByRole('table');
    const [, from, to] = /^\/api\/officers\/N1\/days-off\?from=(\d{4}-\d{2}-\d{2})&to=(\d{4}-\d{2}-\d{2})$/.exec(paths[0]!)!;
    expect(daysApart(todayIn('America/Chicago'), to!)).toBe(14);
    expect(daysApart(from!, to!)).toBe(63);
    expect(screen.getByText(/^Day-off debt now: 1 day$/)).toBeTruthy();
    expect(screen.getByText(/0 days at the end of the last week shown/)).toBeTruthy();
    expect(screen.getByText(/guarantees 1 day off a week \(days-off\.min-per-7-days blocks 7/)).toBeTruthy();
    const rows = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ['2026-03-01 to 2026-03-07', '0 of 1 guaranteed', '1 day', '1 day', '—'],
      ['2026-03-08 to 2026-03-14 (scheduled)', '1 of 1 guaranteed', '1 day', '—', '—'],
      ['2026-03-15 to 2026-03-21 (scheduled)', '3 of 1 guaranteed', '0 days', '—', '1 day'],
    ]);
    // The week strip names the days off in words, not by colour alone.
    expect(screen.getByLabelText('no day off')).toBeTruthy();
    expect(screen.getByLabelText('off: Sat')).toBeTruthy();
    expect(screen.getByLabelText('off: Sun, Mon, Sat')).toBeTruthy();
  });

  it('shows the reason when the API refuses', async () => {
    renderWithApi(<DaysOffPanel officerId="N2" zone="America/Chicago" />, () =>
      Promise.reject(new ApiError(403, 'access.forbidden', 'A officer account may not read the days off of officer N2.')),
    );
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Could not load the days off: A officer account may not read the days off of officer N2.'));
  });
});
