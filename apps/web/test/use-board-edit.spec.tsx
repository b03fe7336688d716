// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type ApiClient } from '../src/api-client/api-client.ts';
import type { Me, RosterBoard } from '../src/api-client/wire-types.ts';
import { type BoardView, boardView } from '../src/features/roster-board/board-cells.ts';
import { useBoardEdit } from '../src/features/roster-board/use-board-edit.ts';
import { SessionContext } from '../src/features/sign-in/session.ts';

const unit = { id: 'north', name: 'North', fieldOffice: 'Chicago', timeZone: 'America/Chicago' };
const officer = (id: string) => ({ id, name: id, unit: 'north', rank: 'Officer', hireDate: '2020-01-01', academyTrack: 'full', timeZone: 'America/Chicago' });
const warn = (officerId: string) => ({
  ruleId: 'rest.min-between-duties',
  level: 'warn',
  officerId,
  start: '2026-03-10T13:00:00Z',
  end: '2026-03-10T13:00:00Z',
  measured: 11,
  limit: 12,
  unit: 'h',
  message: 'Only 11 h rest',
});
const board = (policyVersion: number, ids: string[], findings: object[]) =>
  ({ unit, from: '2026-03-09', to: '2026-03-15', policyVersion, officers: ids.map(officer), records: [], findings, overrides: [], summary: {} }) as unknown as RosterBoard;
const KEY = ['board', 'north', '2026-03-09', '2026-03-15'];
const me = { id: 'u1', email: 'supervisor@test.muster', role: 'supervisor', officerId: null, unitIds: ['north'] } as unknown as Me;

/** The hook over a cache holding the board at policy version 1 (N1 and N2 each with a warning); `rows` answers the re-read of the edited rows. */
function setUp(rows: () => Promise<RosterBoard>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(KEY, boardView(board(1, ['N1', 'N2'], [warn('N1'), warn('N2')])));
  const asked: string[] = [];
  const api: ApiClient = {
    get: ((path: string) => {
      asked.push(path);
      return rows();
    }) as ApiClient['get'],
    send: () => Promise.resolve(undefined as never),
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SessionContext.Provider value={{ me, api, signOut: () => undefined }}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </SessionContext.Provider>
  );
  const { result } = renderHook(() => useBoardEdit('north', '2026-03-09', '2026-03-15'), { wrapper });
  return { edit: result.current, client, asked, view: () => client.getQueryData<BoardView>(KEY)!, stale: () => client.getQueryState(KEY)!.isInvalidated };
}

describe('useBoardEdit', () => {
  afterEach(cleanup);

  it('puts the edited officer’s re-checked row in place when the policy is the one the board was checked under', async () => {
    const { edit, asked, view, stale } = setUp(() => Promise.resolve(board(1, ['N1'], [])));
    await edit(() => Promise.resolve(), ['N1']);
    expect(asked).toEqual(['/api/units/north/roster?from=2026-03-09&to=2026-03-15&officers=N1']);
    expect(view().summary).toEqual({ block: 0, warn: 1, overridden: 0 });
    expect(stale()).toBe(false);
  });

  it('reads the whole board again when the rows come back checked under a newer policy, rather than mixing two policies on one board', async () => {
    const { edit, view, stale } = setUp(() => Promise.resolve(board(2, ['N1'], [])));
    await edit(() => Promise.resolve(), ['N1']);
    expect(stale()).toBe(true);
    // N2's row was checked under version 1: the board must not claim version 2 for it.
    expect(view().board.policyVersion).toBe(1);
  });

  it('takes the pending shift back and reads the board again when the change was stored but its rows could not be read, without failing the edit', async () => {
    const { edit, view, stale } = setUp(() => Promise.reject(new ApiError(500, 'server.internal', 'the database did not answer')));
    const add = { officerId: 'N1', start: '2026-03-11T13:00:00Z', end: '2026-03-11T23:00:00Z', kind: 'regular' } as never;
    await expect(edit(() => Promise.resolve(), ['N1'], { add })).resolves.toBeUndefined();
    expect(stale()).toBe(true);
    expect([...view().rows[0]!.cells.values()].flatMap((c) => c.records).filter((r) => r.id < 0)).toEqual([]);
  });
});
