import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instant } from '@muster/kernel';
import { T0, type TestApp, testApp } from './test-app.ts';
import { ENGINES } from './engines.ts';

describe.each(ENGINES)('signing in (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  }, 60_000);
  afterAll(async () => t.close());

  it('returns a token for the right password, and /api/me names the role and officer', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'Officer@Test.Muster', password: 'pw-officer' } });
    expect(login.statusCode).toBe(200);
    const { token, expiresAt } = login.json() as { token: string; expiresAt: string };
    expect(Date.parse(expiresAt) - T0).toBe(8 * 3_600_000);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: 'officer@test.muster', role: 'officer', officerId: 'N1' });
  });

  it('refuses a wrong password and an unknown email alike, as a problem document', async () => {
    for (const payload of [
      { email: 'officer@test.muster', password: 'wrong' },
      { email: 'nobody@test.muster', password: 'pw-officer' },
    ]) {
      const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ status: 401, code: 'auth.invalid-credentials', detail: 'The email or password is not right.' });
    }
  });

  it('answers 401 without a token, with a forged token, and after the session expires', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/me' })).json()).toMatchObject({ code: 'auth.unauthenticated', status: 401 });
    const token = await t.token('admin');
    const [body] = token.split('.');
    const forged = `${body}.${'A'.repeat(43)}`;
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${forged}` } })).json()).toMatchObject({ code: 'auth.unauthenticated' });
    t.clock.at = instant(T0 + 8 * 3_600_000 + 1);
    try {
      const late = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
      expect(late.statusCode).toBe(401);
      expect(late.json()).toMatchObject({ code: 'auth.token-expired' });
    } finally {
      t.clock.at = T0;
    }
  });

  it('rate-limits an email after 10 failed attempts, with Retry-After, and lets it in again after the window', async () => {
    const attempt = (password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'analyst@test.muster', password }, remoteAddress: '10.0.0.9' });
    for (let i = 0; i < 10; i++) expect((await attempt('guess')).statusCode).toBe(401);
    const refused = await attempt('pw-analyst');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'auth.rate-limited' });
    expect(Number(refused.headers['retry-after'])).toBe(900);
    t.clock.at = instant(T0 + 15 * 60_000 + 1);
    try {
      expect((await attempt('pw-analyst')).statusCode).toBe(200);
    } finally {
      t.clock.at = T0;
    }
  });

  it('validates the body: a missing password is a 400 naming the field, never a 500', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.c' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'request.invalid' });
    expect((response.json() as { detail: string }).detail).toContain('password');
    const badJson = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json()).toMatchObject({ code: 'request.invalid' });
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.c', password: 'x'.repeat(2 * 1024 * 1024) } });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'request.too-large' });
  });

  it('answers an unknown route with a problem document, and health with 200', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/api/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'route.not-found' });
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok', database: 'reachable' });
  });

  it('publishes an OpenAPI 3 document listing the login, me and officer endpoints', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/me', '/api/officers', '/api/officers/{id}', '/api/units/{unitId}/roster']));
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Officer', 'Problem', 'RosterBoard']));
    expect((await t.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
  });
});
