import { createContext, useContext } from 'react';
import type { ApiClient } from '../../api-client/api-client.ts';
import type { Me } from '../../api-client/wire-types.ts';

/** The signed-in user and how to reach the API on their behalf. */
export interface Session {
  readonly me: Me;
  readonly api: ApiClient;
  signOut(): void;
}

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === undefined) throw new Error('useSession outside a signed-in page');
  return session;
}

const TOKEN_KEY = 'muster.token';

/** The token lives for the browser tab (sessionStorage): closing the tab signs out. */
export const tokenStore = {
  get: (): string | undefined => sessionStorage.getItem(TOKEN_KEY) ?? undefined,
  set: (token: string): void => sessionStorage.setItem(TOKEN_KEY, token),
  clear: (): void => sessionStorage.removeItem(TOKEN_KEY),
};
