// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api-client/api-client.ts';
import { OfficerPage } from '../../src/features/officer/officer-page.tsx';
import { renderWithApi } from './render-with-api.tsx';

const officer = { id: 'N2', name: 'Nora Two', unit: 'north', rank: 'Officer', hireDate: '2020-01-01', academyTrack: 'full', timeZone: 'America/Chicago' };
const grant = { id: 7, officerId: 'N2', qualificationId: 'firearms', issued: '2025-06-01', expires: '2026-05-31' };
const catalogue = { policy: { qualifications: [{ id: 'firearms', name: 'Firearms', validityMonths: 12, warningDays: 30 }] } };

/** The API as it answers a training coordinator: profiles, grants and the policy, but 403 for anything of a schedule. */
function asTrainingSees(path: string): Promise<unknown> {
  if (path === '/api/officers/N2') return Promise.resolve(officer);
  if (path === '/api/officers/N2/qualifications') return Promise.resolve({ items: [grant] });
  if (path === '/api/policy') return Promise.resolve(catalogue);
  return Promise.reject(new ApiError(403, 'access.forbidden', `training may not read ${path}`));
}

describe('OfficerPage by role', () => {
  afterEach(cleanup);

  it('shows a training coordinator the qualifications only, asking the API for nothing of the schedule', async () => {
    const { paths } = renderWithApi(<OfficerPage officerId="N2" />, asTrainingSees, { role: 'training', officerId: null } as never);
    expect(await screen.findByRole('cell', { name: '2026-05-31' })).toBeDefined();
    await waitFor(() => expect(paths).toContain('/api/policy'));
    expect(paths.filter((p) => p.startsWith('/api/officers/N2/')).sort()).toEqual(['/api/officers/N2/qualifications']);
    expect(screen.queryAllByRole('alert').map((a) => a.textContent)).toEqual([]);
    expect(screen.queryByRole('heading', { name: /Hours against the limits/ })).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Nora Two — qualifications');
  });

  it('shows a supervisor the whole page: schedule, hours, prediction, days off and overtime are all asked for', async () => {
    const { paths } = renderWithApi(<OfficerPage officerId="N2" />, (path) => (path === '/api/officers/N2' ? Promise.resolve(officer) : new Promise(() => undefined)), {
      role: 'supervisor',
      officerId: null,
      unitIds: ['north'],
    } as never);
    await waitFor(() => expect(paths.length).toBeGreaterThan(6));
    const asked = paths.map((p) => p.replace(/\?.*/, '')).sort();
    expect(asked).toEqual([
      '/api/officers/N2',
      '/api/officers/N2/days-off',
      '/api/officers/N2/duty-records',
      '/api/officers/N2/fatigue',
      '/api/officers/N2/findings',
      '/api/officers/N2/hours',
      '/api/officers/N2/overtime',
      '/api/officers/N2/qualifications',
      '/api/policy',
    ]);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Nora Two — the next two weeks');
  });
});
