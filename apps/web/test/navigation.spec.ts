import { describe, expect, it } from 'vitest';
import { hashOf, routeFromHash } from '../src/navigation.ts';

describe('routes in the location hash', () => {
  it('lands each role on its own start page when the hash names nothing it may open', () => {
    expect(routeFromHash('', 'officer')).toEqual({ page: 'schedule' });
    expect(routeFromHash('#/roster', 'officer')).toEqual({ page: 'schedule' });
    expect(routeFromHash('', 'leadership')).toEqual({ page: 'dashboards' });
    expect(routeFromHash('#/dashboards', 'training')).toEqual({ page: 'readiness' });
    expect(routeFromHash('#/nowhere', 'supervisor')).toEqual({ page: 'roster' });
  });

  it('opens a page the role has', () => {
    expect(routeFromHash('#/staffing', 'supervisor')).toEqual({ page: 'staffing' });
    expect(routeFromHash('#/readiness', 'training')).toEqual({ page: 'readiness' });
  });

  it("opens one officer's page for roles that see officers, and round-trips its id", () => {
    const route = { page: 'officer', officerId: 'CHI 0001/x' } as const;
    expect(routeFromHash(hashOf(route), 'supervisor')).toEqual(route);
    expect(routeFromHash(hashOf(route), 'officer')).toEqual({ page: 'schedule' });
    expect(routeFromHash('#/officers/', 'admin')).toEqual({ page: 'roster' });
  });
});
