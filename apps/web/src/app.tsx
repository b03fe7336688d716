import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ApiError, apiClient } from './api-client/api-client.ts';
import type { Me, Role } from './api-client/wire-types.ts';
import { MySchedulePage } from './features/officer/my-schedule-page.tsx';
import { RosterBoardPage } from './features/roster-board/roster-board-page.tsx';
import { type Session, SessionContext, tokenStore } from './features/sign-in/session.ts';
import { SignInForm } from './features/sign-in/sign-in-form.tsx';

type Page = 'roster' | 'schedule';

/** Pages each role may open, first is the start page. */
const PAGES: Record<Role, Page[]> = {
  officer: ['schedule'],
  supervisor: ['roster'],
  leadership: ['roster'],
  admin: ['roster'],
  training: [],
  analyst: [],
};
const TITLES: Record<Page, string> = { roster: 'Roster', schedule: 'My schedule' };

export function App() {
  const [me, setMe] = useState<Me | undefined>();
  const [page, setPage] = useState<Page | undefined>();
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
      setPage(PAGES[who.role][0]);
    } catch (error) {
      throw new Error(error instanceof ApiError ? error.message : 'The service does not answer. Maybe it is not running.');
    }
  }

  if (me === undefined) return <SignInForm onSignIn={signIn} />;
  const session: Session = { me, api, signOut };
  const pages = PAGES[me.role];
  return (
    <SessionContext.Provider value={session}>
      <QueryClientProvider client={queryClient}>
        <header className="top">
          <strong>Muster</strong>
          <nav aria-label="Main">
            {pages.map((p) => (
              <button key={p} type="button" aria-current={page === p ? 'page' : undefined} onClick={() => setPage(p)}>
                {TITLES[p]}
              </button>
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
          {page === 'roster' && <RosterBoardPage />}
          {page === 'schedule' && <MySchedulePage />}
          {page === undefined && <p>Pages for the {me.role} role come in a later release; the API serves every feature now.</p>}
        </main>
      </QueryClientProvider>
    </SessionContext.Provider>
  );
}
