import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LoginRequest, LoginResponse, Me, Problem } from '@muster/contracts';
import { type ServiceContext, signIn } from '@muster/services';
import { actorOf } from '../plugins/authenticate.ts';

/** `POST /api/auth/login` (public): a bearer token for an email and password. */
export function loginRoute(app: FastifyInstance, ctx: ServiceContext): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in: returns a bearer token',
        body: LoginRequest,
        response: { 200: LoginResponse, 401: Problem, 429: Problem },
      },
    },
    async (request) => {
      const result = await signIn(ctx, request.body.email, request.body.password, request.ip);
      return { token: result.token, expiresAt: new Date(result.expiresAt).toISOString() };
    },
  );
}

/** `GET /api/me`: the signed-in user. */
export function meRoute(app: FastifyInstance): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/me',
      { schema: { tags: ['auth'], summary: 'The signed-in user, with role and officer', security: [{ bearer: [] }], response: { 200: Me, 401: Problem } } },
      async (request) => {
        const actor = actorOf(request);
        return { id: actor.userId, email: actor.email, role: actor.role, officerId: actor.officerId ?? null, unitIds: [...actor.unitIds] };
      },
    );
}
