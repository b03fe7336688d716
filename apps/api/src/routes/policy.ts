import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PolicyDocument, PolicyUpdate, Problem } from '@muster/contracts';
import { type ServiceContext, updatePolicy } from '@muster/services';
import { actorOf } from '../plugins/authenticate.ts';

/** The agency's policy file: read by everyone signed in, changed by an admin (validated, versioned, audited). */
export function policyRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];
  api.get(
    '/api/policy',
    { schema: { tags: ['policy'], summary: 'The policy in force and its version', security, response: { 200: PolicyDocument, 401: Problem } } },
    async (request) => {
      actorOf(request);
      const current = await ctx.policy.current();
      return { version: current.version, yaml: current.yaml ?? null, policy: { ...current.policy } };
    },
  );
  api.put(
    '/api/policy',
    {
      schema: {
        tags: ['policy'],
        summary: 'Store a new policy version (admin); every issue with its key and line if invalid',
        security,
        body: PolicyUpdate,
        response: { 200: PolicyDocument, 400: Problem, 401: Problem, 403: Problem, 422: Problem },
      },
    },
    async (request) => {
      const updated = await updatePolicy(ctx, actorOf(request), request.body.yaml);
      return { version: updated.version, yaml: updated.yaml ?? null, policy: { ...updated.policy } };
    },
  );
}
