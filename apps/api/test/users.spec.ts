import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instant } from '@muster/kernel';
import { type Actor, type Role, updateUser } from '@muster/services';
import { ENGINES } from './engines.ts';
import { T0, type TestApp, testApp } from './test-app.ts';

// The fixture's accounts (test-app.ts): `<role>@test.muster`, ids ending in 1 … 6.
const ROLES: Role[] = ['officer', 'supervisor', 'training', 'leadership', 'analyst', 'admin'];
const idOf = (role: Role) => `00000000-0000-4000-8000-00000000000${ROLES.indexOf(role) + 1}`;
const ADMIN: Actor = { userId: idOf('admin'), email: 'admin@test.muster', role: 'admin', unitIds: [] };
const UNKNOWN_ID = '00000000-0000-4000-8000-0000000000ff';
// Every password these tests give; none may ever appear in the audit log.
const PASSWORDS = ['south side supervisor', 'officer of s1 only', 'temporary-password-1', 'replaced by the admin', 'my own new passphrase', 'correcthorsebat'];
const [SUPERVISOR_PW, OFFICER_PW, TEMP_PW, ADMIN_SET_PW, OWN_PW, FIFTEEN_LOWER] = PASSWORDS as [string, string, string, string, string, string];

interface Account {
  id: string;
  email: string;
  role: Role;
  officerId: string | null;
  unitIds: string[];
  createdAt: string;
  disabledAt: string | null;
}

describe.each(ENGINES)('managing accounts (%s)', (engine) => {
  let t: TestApp;
  type Method = 'GET' | 'POST' | 'PATCH';
  const withToken = (token: string, method: Method, url: string, payload?: object, remoteAddress?: string) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload === undefined ? {} : { payload }),
      ...(remoteAddress === undefined ? {} : { remoteAddress }),
    });
  const login = (email: string, password: string, remoteAddress?: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, ...(remoteAddress === undefined ? {} : { remoteAddress }) });
  const tokenOf = async (email: string, password: string) => (await login(email, password)).json<{ token: string }>().token;
  const create = (body: object) => t.call('admin', 'POST', '/api/users', body);
  const createOk = async (body: object): Promise<Account> => {
    const response = await create(body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Account>();
  };
  const accounts = async () => (await t.call('admin', 'GET', '/api/users')).json<{ items: Account[] }>().items;

  beforeAll(async () => {
    t = await testApp(engine);
  }, 60_000);
  afterAll(async () => t.close());

  it('refuses every /api/users endpoint to every role but admin, and all of them without a session', async () => {
    const before = (await accounts()).length;
    const body = { email: 'sneaky@test.muster', role: 'admin', password: TEMP_PW };
    const requests: [Method, string, object?][] = [
      ['GET', '/api/users'],
      ['GET', `/api/users/${idOf('officer')}`],
      ['POST', '/api/users', body],
      ['PATCH', `/api/users/${idOf('officer')}`, { role: 'admin' }],
      ['POST', `/api/users/${idOf('officer')}/password`, { password: TEMP_PW }],
    ];
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      for (const [method, url, payload] of requests) {
        const response = await t.call(role, method, url, payload);
        expect(response.statusCode, `${role} ${method} ${url}`).toBe(403);
        expect(response.json()).toMatchObject({ code: 'access.forbidden' });
      }
    }
    for (const [method, url, payload] of requests) {
      const response = await t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
      expect(response.json(), `${method} ${url}`).toMatchObject({ status: 401, code: 'auth.unauthenticated' });
    }
    expect(await accounts()).toHaveLength(before);
    expect((await t.call('officer', 'GET', '/api/me')).json()).toMatchObject({ role: 'officer' });
  });

  it('lists every account in email order with exactly its public fields, never a hash', async () => {
    const response = await t.call('admin', 'GET', '/api/users');
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('scrypt');
    const items = response.json<{ items: Account[] }>().items;
    expect(items.map((u) => u.email)).toEqual([...ROLES].sort().map((r) => `${r}@test.muster`));
    for (const item of items) expect(Object.keys(item).sort()).toEqual(['createdAt', 'disabledAt', 'email', 'id', 'officerId', 'role', 'unitIds']);
    const one = await t.call('admin', 'GET', `/api/users/${idOf('supervisor')}`);
    expect(one.json()).toEqual({
      id: idOf('supervisor'),
      email: 'supervisor@test.muster',
      role: 'supervisor',
      officerId: null,
      unitIds: ['north'],
      createdAt: '2026-03-10T12:00:00.000Z',
      disabledAt: null,
    });
    expect((await t.call('admin', 'GET', `/api/users/${UNKNOWN_ID}`)).json()).toMatchObject({ status: 404, code: 'resource.not-found', details: { entity: 'user' } });
    expect((await t.call('admin', 'GET', '/api/users/not-a-uuid')).json()).toMatchObject({ status: 400, code: 'request.invalid' });
  });

  it('creates a supervisor of south, stored lower-case, who signs in and sees S1 only', async () => {
    const created = await createOk({ email: 'South.Sup@Test.Muster', role: 'supervisor', unitIds: ['south', 'south'], password: SUPERVISOR_PW });
    expect(created).toMatchObject({
      email: 'south.sup@test.muster',
      role: 'supervisor',
      officerId: null,
      unitIds: ['south'],
      createdAt: '2026-03-10T12:00:00.000Z',
      disabledAt: null,
    });
    expect((await t.call('admin', 'GET', `/api/users/${created.id}`)).json()).toEqual(created);
    const token = await tokenOf('SOUTH.SUP@test.muster', SUPERVISOR_PW);
    expect((await withToken(token, 'GET', '/api/officers')).json<{ items: { id: string }[] }>().items.map((o) => o.id)).toEqual(['S1']);
    expect((await withToken(token, 'GET', '/api/units/south/roster?from=2026-03-09&to=2026-03-15')).statusCode).toBe(200);
    expect((await withToken(token, 'GET', '/api/units/north/roster?from=2026-03-09&to=2026-03-15')).statusCode).toBe(403);
    expect((await withToken(token, 'GET', '/api/users')).statusCode).toBe(403);
  });

  it("creates an officer account that sees its own officer's profile and no other", async () => {
    await createOk({ email: 's1@test.muster', role: 'officer', officerId: 'S1', password: OFFICER_PW });
    const token = await tokenOf('s1@test.muster', OFFICER_PW);
    expect((await withToken(token, 'GET', '/api/me')).json()).toMatchObject({ role: 'officer', officerId: 'S1', unitIds: [] });
    expect((await withToken(token, 'GET', '/api/officers/S1')).statusCode).toBe(200);
    expect((await withToken(token, 'GET', '/api/officers/N1')).statusCode).toBe(403);
  });

  it('refuses a taken email in any case (409) and one that is not an email (400)', async () => {
    const taken = await create({ email: 'Training@TEST.muster', role: 'analyst', password: TEMP_PW });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'user.email-taken', details: { email: 'training@test.muster' } });
    for (const email of ['not-an-email', 'two@@test.muster', '']) {
      const response = await create({ email, role: 'analyst', password: TEMP_PW });
      expect(response.json(), email).toMatchObject({ status: 400, code: 'request.invalid' });
      expect(response.json<{ detail: string }>().detail).toContain('email');
    }
  });

  it('takes a password of 15 to 1024 characters of any kind, and refuses the email as a password (422, saying why)', async () => {
    const count = (await accounts()).length;
    const refused = [
      { password: 'fourteen-chars', reason: 'too-short', length: 14, says: 'at least 15 characters; this one has 14' },
      { password: 'x'.repeat(1025), reason: 'too-long', length: 1025, says: 'at most 1024 characters' },
      { password: 'Long.Enough@Test.Muster', reason: 'equals-email', length: 23, says: 'may not be the account' },
    ];
    for (const { password, reason, length, says } of refused) {
      const response = await create({ email: 'long.enough@test.muster', role: 'analyst', password });
      expect(response.statusCode, reason).toBe(422);
      expect(response.json()).toMatchObject({ code: 'user.weak-password', details: { reason, length, minLength: 15, maxLength: 1024 } });
      expect(response.json<{ detail: string }>().detail).toContain(says);
    }
    expect(await accounts()).toHaveLength(count);
    // No composition rules (NIST 800-63B): fifteen lower-case letters will do, and so will 1024 characters.
    await createOk({ email: 'long.enough@test.muster', role: 'analyst', password: FIFTEEN_LOWER });
    expect((await login('long.enough@test.muster', FIFTEEN_LOWER)).statusCode).toBe(200);
    await createOk({ email: 'longest@test.muster', role: 'analyst', password: 'y'.repeat(1024) });
  });

  it('needs an officer for an officer account and a unit for a supervisor, both existing', async () => {
    const count = (await accounts()).length;
    const cases: [object, number, string, object?][] = [
      [{ role: 'officer' }, 422, 'user.officer-required'],
      [{ role: 'officer', officerId: 'X9' }, 404, 'resource.not-found', { entity: 'officer', id: 'X9' }],
      [{ role: 'supervisor' }, 422, 'user.units-required'],
      [{ role: 'supervisor', unitIds: [] }, 422, 'user.units-required'],
      [{ role: 'supervisor', unitIds: ['north', 'nowhere'] }, 404, 'resource.not-found', { entity: 'unit', id: 'nowhere' }],
      [{ role: 'training', officerId: 'X9' }, 404, 'resource.not-found', { entity: 'officer' }],
    ];
    for (const [fields, status, code, details] of cases) {
      const response = await create({ email: 'scoped@test.muster', password: TEMP_PW, ...fields });
      expect(response.statusCode, JSON.stringify(fields)).toBe(status);
      expect(response.json()).toMatchObject({ code, ...(details === undefined ? {} : { details }) });
    }
    expect(await accounts()).toHaveLength(count);
  });

  it("changes an account's role, officer and units under the same rules, and 404s an unknown one", async () => {
    const { id } = await createOk({ email: 'mover@test.muster', role: 'supervisor', unitIds: ['north'], password: TEMP_PW });
    const patch = (body: object) => t.call('admin', 'PATCH', `/api/users/${id}`, body);
    expect((await patch({ unitIds: ['north', 'south'] })).json()).toMatchObject({ role: 'supervisor', unitIds: ['north', 'south'] });
    expect((await patch({ unitIds: [] })).json()).toMatchObject({ status: 422, code: 'user.units-required' });
    expect((await patch({ unitIds: ['nowhere'] })).json()).toMatchObject({ status: 404, code: 'resource.not-found', details: { entity: 'unit' } });
    expect((await patch({ role: 'officer' })).json()).toMatchObject({ status: 422, code: 'user.officer-required' });
    expect((await patch({ role: 'officer', officerId: 'N2' })).json()).toMatchObject({ role: 'officer', officerId: 'N2' });
    expect((await patch({ officerId: null })).json()).toMatchObject({ status: 422, code: 'user.officer-required' });
    expect((await patch({ role: 'leadership', officerId: null })).json()).toMatchObject({ role: 'leadership', officerId: null, disabledAt: null });
    expect((await t.call('admin', 'PATCH', `/api/users/${UNKNOWN_ID}`, { role: 'analyst' })).json()).toMatchObject({ status: 404, details: { entity: 'user' } });
    expect((await patch({ role: 'root' })).json()).toMatchObject({ status: 400, code: 'request.invalid' });
  });

  it("disabling stops the account's open session at once; enabling lets it back", async () => {
    const { id } = await createOk({ email: 'leaver@test.muster', role: 'leadership', password: TEMP_PW });
    const token = await tokenOf('leaver@test.muster', TEMP_PW);
    expect((await withToken(token, 'GET', '/api/audit')).statusCode).toBe(200);
    t.clock.at = instant(T0 + 60_000);
    try {
      expect((await t.call('admin', 'PATCH', `/api/users/${id}`, { disabled: true })).json()).toMatchObject({ disabledAt: '2026-03-10T12:01:00.000Z' });
    } finally {
      t.clock.at = T0;
    }
    const stopped = await withToken(token, 'GET', '/api/audit');
    expect(stopped.statusCode).toBe(401);
    expect(stopped.json()).toMatchObject({ code: 'auth.unauthenticated' });
    expect((await login('leaver@test.muster', TEMP_PW)).json()).toMatchObject({ status: 401, code: 'auth.invalid-credentials' });
    // Disabling again keeps the time it was first disabled.
    expect((await t.call('admin', 'PATCH', `/api/users/${id}`, { disabled: true })).json()).toMatchObject({ disabledAt: '2026-03-10T12:01:00.000Z' });
    expect((await t.call('admin', 'PATCH', `/api/users/${id}`, { disabled: false })).json()).toMatchObject({ disabledAt: null });
    expect((await withToken(token, 'GET', '/api/audit')).statusCode).toBe(200);
  });

  it('lets no admin demote or disable themselves, nor leave the agency without an enabled admin', async () => {
    for (const change of [{ disabled: true }, { role: 'leadership' }]) {
      const response = await t.call('admin', 'PATCH', `/api/users/${idOf('admin')}`, change);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'user.self-lockout' });
    }
    expect((await t.call('admin', 'GET', `/api/users/${idOf('admin')}`)).json()).toMatchObject({ role: 'admin', disabledAt: null });
    const second = await createOk({ email: 'second.admin@test.muster', role: 'admin', password: TEMP_PW });
    const secondToken = await tokenOf('second.admin@test.muster', TEMP_PW);
    const adminToken = await t.token('admin');
    const enabledAdmins = async (token = adminToken) =>
      (await withToken(token, 'GET', '/api/users'))
        .json<{ items: Account[] }>()
        .items.filter((u) => u.role === 'admin' && u.disabledAt === null)
        .map((u) => u.email);
    // Two admins disabling each other at once: one wins, and one enabled admin remains.
    const [first, other] = await Promise.all([
      withToken(adminToken, 'PATCH', `/api/users/${second.id}`, { disabled: true }),
      withToken(secondToken, 'PATCH', `/api/users/${idOf('admin')}`, { disabled: true }),
    ]);
    expect([first.statusCode, other.statusCode].filter((s) => s === 200)).toHaveLength(1);
    const [winner, loser, survivor, disabledId] = first.statusCode === 200 ? [first, other, adminToken, second.id] : [other, first, secondToken, idOf('admin')];
    expect(winner.json()).toMatchObject({ disabledAt: '2026-03-10T12:00:00.000Z' });
    expect(['user.last-admin', 'auth.unauthenticated']).toContain(loser.json<{ code: string }>().code);
    expect(await enabledAdmins(survivor)).toHaveLength(1);
    expect((await withToken(survivor, 'PATCH', `/api/users/${disabledId}`, { disabled: false })).statusCode).toBe(200);
    expect(await enabledAdmins()).toEqual(['admin@test.muster', 'second.admin@test.muster']);
    // A request authenticated before its own account was disabled: the store decides, not the session.
    expect((await withToken(secondToken, 'PATCH', `/api/users/${idOf('admin')}`, { disabled: true })).statusCode).toBe(200);
    await expect(updateUser(t.ctx, ADMIN, second.id, { disabled: true })).rejects.toMatchObject({ code: 'user.last-admin' });
    await expect(updateUser(t.ctx, ADMIN, second.id, { role: 'supervisor', unitIds: ['north'] })).rejects.toMatchObject({ code: 'user.last-admin' });
    expect((await withToken(secondToken, 'PATCH', `/api/users/${idOf('admin')}`, { disabled: false })).statusCode).toBe(200);
    expect((await withToken(secondToken, 'PATCH', `/api/users/${second.id}`, { role: 'analyst' })).json()).toMatchObject({ code: 'user.self-lockout' });
    expect((await t.call('admin', 'PATCH', `/api/users/${second.id}`, { role: 'analyst' })).json()).toMatchObject({ role: 'analyst' });
  });

  it('an admin sets a new password: the old one stops working, sessions opened with it end, and the new one signs in', async () => {
    const { id } = await createOk({ email: 'forgetful@test.muster', role: 'training', password: TEMP_PW });
    const before = await tokenOf('forgetful@test.muster', TEMP_PW);
    expect((await withToken(before, 'GET', '/api/me')).statusCode).toBe(200);
    expect((await t.call('admin', 'POST', `/api/users/${id}/password`, { password: 'too short' })).json()).toMatchObject({ status: 422, code: 'user.weak-password' });
    const set = await t.call('admin', 'POST', `/api/users/${id}/password`, { password: ADMIN_SET_PW });
    expect(set.statusCode).toBe(204);
    expect(set.body).toBe('');
    expect((await login('forgetful@test.muster', TEMP_PW)).statusCode).toBe(401);
    expect((await login('forgetful@test.muster', ADMIN_SET_PW)).statusCode).toBe(200);
    const ended = await withToken(before, 'GET', '/api/me');
    expect(ended.statusCode).toBe(401);
    expect(ended.json<{ detail: string }>().detail).toContain('password of this account changed');
    expect((await withToken(await tokenOf('forgetful@test.muster', ADMIN_SET_PW), 'GET', '/api/me')).statusCode).toBe(200);
    expect((await t.call('admin', 'POST', `/api/users/${UNKNOWN_ID}/password`, { password: ADMIN_SET_PW })).statusCode).toBe(404);
  });

  it('a user changes their own password with the current one; a wrong one is 401 and counts toward the sign-in throttle', async () => {
    await createOk({ email: 'self.service@test.muster', role: 'analyst', password: TEMP_PW });
    const token = await tokenOf('self.service@test.muster', TEMP_PW);
    const address = '10.0.0.7';
    const change = (currentPassword: string, newPassword: string) => withToken(token, 'POST', '/api/me/password', { currentPassword, newPassword }, address);
    expect((await change(TEMP_PW, 'short')).json()).toMatchObject({ status: 422, code: 'user.weak-password', details: { reason: 'too-short' } });
    expect((await change(TEMP_PW, 'self.service@test.muster')).json()).toMatchObject({ status: 422, code: 'user.weak-password', details: { reason: 'equals-email' } });
    // Five failed sign-ins and five wrong current passwords: ten failures for this email and address.
    for (let i = 0; i < 5; i++) expect((await login('self.service@test.muster', 'a wrong guess', address)).statusCode).toBe(401);
    for (let i = 0; i < 5; i++) expect((await change('a wrong guess', OWN_PW)).json()).toMatchObject({ status: 401, code: 'auth.invalid-credentials' });
    expect((await change(TEMP_PW, OWN_PW)).json()).toMatchObject({ status: 429, code: 'auth.rate-limited' });
    expect((await login('self.service@test.muster', TEMP_PW, '10.0.0.8')).statusCode).toBe(429);
    t.clock.at = instant(T0 + 15 * 60_000 + 1);
    try {
      expect((await change(TEMP_PW, OWN_PW)).statusCode).toBe(204);
      expect((await login('self.service@test.muster', TEMP_PW)).statusCode).toBe(401);
      expect((await login('self.service@test.muster', OWN_PW)).statusCode).toBe(200);
    } finally {
      t.clock.at = T0;
    }
  });

  it('publishes the account endpoints and schemas in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, object>; components: { schemas: Record<string, object> } }>();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/users', '/api/users/{id}', '/api/users/{id}/password', '/api/me/password']));
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Me', 'UserAccount', 'UserList', 'CreateUserRequest', 'UserChangeRequest']));
    expect(JSON.stringify(doc.components.schemas['UserAccount'])).not.toContain('password');
  });

  it('audits every account write with before and after, and no password or hash anywhere in the log', async () => {
    const { id } = await createOk({ email: 'audited@test.muster', role: 'officer', officerId: 'N2', password: TEMP_PW });
    await t.call('admin', 'PATCH', `/api/users/${id}`, { role: 'analyst', officerId: null });
    await t.call('admin', 'POST', `/api/users/${id}/password`, { password: ADMIN_SET_PW });
    const token = await tokenOf('audited@test.muster', ADMIN_SET_PW);
    expect((await withToken(token, 'POST', '/api/me/password', { currentPassword: ADMIN_SET_PW, newPassword: OWN_PW })).statusCode).toBe(204);
    const log = await t.call('leadership', 'GET', `/api/audit?entity=user&entityId=${id}`);
    const entries = log.json<{ items: { action: string; actorEmail: string; before?: object; after?: object }[] }>().items;
    const account = { id, email: 'audited@test.muster', createdAt: '2026-03-10T12:00:00.000Z', disabledAt: null, unitIds: [] };
    expect(entries.map(({ action, actorEmail, before, after }) => ({ action, actorEmail, before, after }))).toEqual([
      { action: 'user.password', actorEmail: 'audited@test.muster', before: undefined, after: { email: 'audited@test.muster', setBy: 'self' } },
      { action: 'user.password', actorEmail: 'admin@test.muster', before: undefined, after: { email: 'audited@test.muster', setBy: 'admin' } },
      { action: 'user.update', actorEmail: 'admin@test.muster', before: { ...account, role: 'officer', officerId: 'N2' }, after: { ...account, role: 'analyst', officerId: null } },
      { action: 'user.create', actorEmail: 'admin@test.muster', before: undefined, after: { ...account, role: 'officer', officerId: 'N2' } },
    ]);
    // The whole log, every suite's account writes included, against every hash stored and every password given.
    const everything = JSON.stringify(await t.ctx.store.audit.list({ limit: 100_000 }));
    expect(everything).toContain('user.create');
    const hashes = (await t.ctx.store.users.list()).map((u) => u.passwordHash);
    expect(hashes).toHaveLength((await accounts()).length);
    for (const secret of [...hashes, ...PASSWORDS, 'y'.repeat(1024), 'scrypt$']) expect(everything).not.toContain(secret);
  });
});
