import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ApiError, apiClient } from './api-client/api-client.ts';
import type { Me } from './api-client/wire-types.ts';
import { useHash } from './components/use-hash.ts';
import { DashboardsPage } from './features/dashboards/dashboards-page.tsx';
import { OfficerPage } from './features/officer/officer-page.tsx';
import { ReadinessPage } from './features/readiness/readiness-page.tsx';
import { RosterBoardPage } from './features/roster-board/roster-board-page.tsx';
import { type Session, SessionContext, tokenStore } from './features/sign-in/session.ts';
import { SignInForm } from './features/sign-in/sign-in-form.tsx';
import { StaffingPage } from './features/staffing/staffing-page.tsx';
import { hashOf, PAGE_TITLES, PAGES_BY_ROLE, type Route, routeFromHash } from './navigation.ts';

function PageFor({ route, me }: { readonly route: Route; readonly me: Me }) {
  switch (route.page) {
    case 'roster':
      return <RosterBoardPage />;
    case 'schedule':
      return <OfficerPage officerId={me.officerId} />;
    case 'officer':
      return <OfficerPage officerId={route.officerId} />;
    case 'staffing':
      return <StaffingPage />;
    case 'readiness':
      return <ReadinessPage />;
    case 'dashboards':
      return <DashboardsPage />;
  }
}

export function App() {
  const [me, setMe] = useState<Me | undefined>();
  const hash = useHash();
  const queryClient = useMemo(() => new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 10_000 } } }), []);
  const signOut = () => {
    tokenStore.clear();
    queryClient.clear();
    setMe(undefined);
  };
  const api = useMemo(() => apiClient(tokenStore.get, signOut), []);

  async function signIn(email: string, password: string) {
    try {
      const { token } = await api.send<{ token: string }>('POST', '/api/auth/login', { email, password });
      tokenStore.set(token);
      const who = await api.get<Me>('/api/me');
      setMe(who);
    } catch (error) {
      throw new Error(error instanceof ApiError ? error.message : 'The service does not answer. Maybe it is not running.');
    }
  }

  if (me === undefined) return <SignInForm onSignIn={signIn} />;
  const session: Session = { me, api, signOut };
  const pages = PAGES_BY_ROLE[me.role];
  const route = routeFromHash(hash, me.role);
  return (
    <SessionContext.Provider value={session}>
      <QueryClientProvider client={queryClient}>
        <header className="top">
          <strong>Muster</strong>
          <nav aria-label="Main">
            {pages.map((p) => (
              <a key={p} href={hashOf({ page: p })} aria-current={route.page === p ? 'page' : undefined}>
                {PAGE_TITLES[p]}
              </a>
            ))}
          </nav>
          <span className="who">
            {me.email} ({me.role})
          </span>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </header>
        <main>
          <PageFor route={route} me={me} />
        </main>
      </QueryClientProvider>
    </SessionContext.Provider>
  );
}
