import type { Role } from './api-client/wire-types.ts';

/** A screen of the app, addressed by the location hash (`#/roster`, `#/officers/12`) so links, reload and Back work. */
export type Route =
  | { readonly page: 'roster' }
  | { readonly page: 'schedule' }
  | { readonly page: 'officer'; readonly officerId: string }
  | { readonly page: 'staffing' }
  | { readonly page: 'readiness' }
  | { readonly page: 'dashboards' };

export type PageName = Exclude<Route['page'], 'officer'>;

/** The pages in each role's navigation, the first being where they land after signing in. */
export const PAGES_BY_ROLE: Record<Role, readonly PageName[]> = {
  officer: ['schedule'],
  supervisor: ['roster', 'staffing', 'readiness'],
  leadership: ['dashboards', 'roster', 'staffing', 'readiness'],
  admin: ['roster', 'staffing', 'readiness', 'dashboards'],
  training: ['readiness'],
  analyst: ['dashboards'],
};

export const PAGE_TITLES: Record<PageName, string> = {
  roster: 'Roster',
  schedule: 'My schedule',
  staffing: 'Operations',
  readiness: 'Readiness',
  dashboards: 'Dashboards',
};

/** Who may open one officer's page from a board or a list (the API still decides what they see). */
const OFFICER_PAGE_ROLES: readonly Role[] = ['supervisor', 'leadership', 'admin', 'training'];

/** The route a hash names, if this role may open it; otherwise the role's start page. */
export function routeFromHash(hash: string, role: Role): Route {
  const allowed = PAGES_BY_ROLE[role];
  const start: Route = { page: allowed[0] ?? 'schedule' };
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'officers' && OFFICER_PAGE_ROLES.includes(role)) {
    const officerId = decodeURIComponent(parts[1] ?? '');
    return officerId === '' ? start : { page: 'officer', officerId };
  }
  const page = allowed.find((p) => p === parts[0]);
  return page === undefined ? start : { page };
}

/** The hash that names a route. */
export function hashOf(route: Route): string {
  return route.page === 'officer' ? `#/officers/${encodeURIComponent(route.officerId)}` : `#/${route.page}`;
}
