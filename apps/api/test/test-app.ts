import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Officer } from '@muster/domain';
import { type Clock, type Instant, instant } from '@muster/kernel';
import { type Role, type ServiceContext, createServiceContext, hashPassword } from '@muster/services';
import { type TestDatabase, type TestEngine, openTestDatabase } from '@muster/testkit';
import { buildApp } from '../src/build-app.ts';
import { WorkerRosterSolver } from '../src/workers/worker-roster-solver.ts';

/** A clock a test can move (token expiry, throttling windows). */
export class SettableClock implements Clock {
  constructor(public at: Instant) {}
  now(): Instant {
    return this.at;
  }
}

export const T0 = instant(Date.UTC(2026, 2, 10, 12));
const officer = (id: string, unit: string): Officer => ({
  id,
  name: `Officer ${id}`,
  unit,
  rank: 'Officer',
  hireDate: 18_000,
  priorLeYears: 0,
  academyTrack: 'full',
  timeZone: 'America/Chicago',
});

export interface TestApp {
  readonly app: FastifyInstance;
  readonly ctx: ServiceContext;
  readonly clock: SettableClock;
  readonly database: TestDatabase;
  /** A bearer token for the account of `role` (officer N1, supervisor of `north`). */
  token(role: Role): Promise<string>;
  /** Sends a JSON request as the account of `role` (an optional helper; a suite may build its own). */
  call(role: Role, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * The API on a fresh database with two units (north: N1, N2; south: S1) and one account per role,
 * `<role>@test.muster` with password `pw-<role>`.
 */
export async function testApp(engine: TestEngine = 'pglite'): Promise<TestApp> {
  const database = await openTestDatabase(engine);
  const { store } = database;
  const clock = new SettableClock(T0);
  await store.units.insertMany([
    { id: 'north', name: 'North Team', fieldOffice: 'Chicago', timeZone: 'America/Chicago' },
    { id: 'south', name: 'South Team', fieldOffice: 'Chicago', timeZone: 'America/Chicago' },
  ]);
  await store.officers.upsertMany([officer('N1', 'north'), officer('N2', 'north'), officer('S1', 'south')]);
  const roles: Role[] = ['officer', 'supervisor', 'training', 'leadership', 'analyst', 'admin'];
  for (const [i, role] of roles.entries()) {
    await store.users.insert({
      id: `00000000-0000-4000-8000-00000000000${i + 1}`,
      email: `${role}@test.muster`,
      passwordHash: await hashPassword(`pw-${role}`),
      role,
      ...(role === 'officer' ? { officerId: 'N1' } : {}),
      unitIds: role === 'supervisor' ? ['north'] : [],
      createdAt: T0,
    });
  }
  const ctx = createServiceContext({ store, clock, tokenKey: 'test-signing-key', solver: new WorkerRosterSolver() });
  const app = await buildApp({ ctx });
  const tokens = new Map<Role, string>();
  return {
    app,
    ctx,
    clock,
    database,
    async token(role) {
      const known = tokens.get(role);
      if (known !== undefined) return known;
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: `${role}@test.muster`, password: `pw-${role}` } });
      const token = (response.json() as { token: string }).token;
      tokens.set(role, token);
      return token;
    },
    async call(this: TestApp, role, method, url, payload) {
      return app.inject({ method, url, ...(payload === undefined ? {} : { payload }), headers: { authorization: `Bearer ${await this.token(role)}` } });
    },
    async close() {
      await app.close();
      await ctx.rosterJobs.stop();
      await database.close();
    },
  };
}
