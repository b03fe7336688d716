import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { ApiClient } from '../src/api-client/api-client.ts';
import type { Me } from '../src/api-client/wire-types.ts';
import { SessionContext } from '../src/features/sign-in/session.ts';

/** One request the page made: method, path and body. */
export interface Call {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
}

/** An API client that records every request and answers with `answer` (which may throw an ApiError). */
export function recordingApi(answer: (call: Call) => unknown): { api: ApiClient; calls: Call[] } {
  const calls: Call[] = [];
  const run = async <T,>(call: Call): Promise<T> => {
    calls.push(call);
    return answer(call) as T;
  };
  return {
    calls,
    api: {
      get: (path) => run({ method: 'GET', path }),
      send: (method, path, body) => run({ method, path, body }),
    },
  };
}

/** `children` signed in as `me`, with a fresh query cache. */
export function SignedIn({ me, api, children }: { me: Me; api: ApiClient; children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <SessionContext.Provider value={{ me, api, signOut: () => undefined }}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </SessionContext.Provider>
  );
}
