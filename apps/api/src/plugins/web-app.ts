import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Serves the built web app (apps/web/dist) from the same port as the API. Paths outside /api that
 * name no file get index.html, so the app's own pages survive a reload. Returns that fallback for
 * the not-found handler, or undefined when there is no build.
 */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<((request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined) | undefined> {
  if (!existsSync(join(root, 'index.html'))) return undefined;
  // Hashed asset names never change content: cache them for a year; index.html is always revalidated.
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: true,
    index: ['index.html'],
    setHeaders: (reply, path) => void reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  return (request, reply) => {
    if (request.method !== 'GET' || request.url.startsWith('/api')) return undefined;
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  };
}
