import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { ApiClient } from '../../src/api-client/api-client.ts';
import type { Me } from '../../src/api-client/wire-types.ts';
import { SessionContext } from '../../src/features/sign-in/session.ts';

/** Renders `ui` signed in (as officer N1 unless `who` says otherwise), answering GETs with `get`; returns the paths asked for. */
export function renderWithApi(ui: ReactNode, get: (path: string) => Promise<unknown>, who: Partial<Me> = {}): { paths: string[] } {
  const paths: string[] = [];
  const api: ApiClient = {
    get: ((path: string) => {
      paths.push(path);
      return get(path);
    }) as ApiClient['get'],
    send: () => Promise.reject(new Error('not used')),
  };
  const me = { id: 'u1', email: 'officer@test.muster', role: 'officer', officerId: 'N1', unitIds: [], ...who } as unknown as Me;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <SessionContext.Provider value={{ me, api, signOut: () => undefined }}>
      <QueryClientProvider client={client}>{ui}</QueryClientProvider>
    </SessionContext.Provider>,
  );
  return { paths };
}
