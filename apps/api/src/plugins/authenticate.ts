import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '@muster/kernel';
import { type Actor, type ServiceContext, authenticate } from '@muster/services';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

/** Every route registered on `app` after this needs `Authorization: Bearer <token>`. */
export function requireSignIn(app: FastifyInstance, ctx: ServiceContext): void {
  app.decorateRequest('actor', undefined);
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    const match = header === undefined ? null : /^Bearer\s+(\S+)$/i.exec(header);
    if (match === null) throw new AppError('auth.unauthenticated', 'This needs a signed-in user: send Authorization: Bearer <token> from POST /api/auth/login.', {});
    request.actor = await authenticate(ctx, match[1]!);
  });
}

/** The signed-in actor of a request that passed `requireSignIn`. */
export function actorOf(request: FastifyRequest): Actor {
  if (request.actor === undefined) throw new AppError('auth.unauthenticated', 'Not signed in.', {});
  return request.actor;
}
