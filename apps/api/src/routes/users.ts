import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ChangeOwnPasswordRequest, CreateUserRequest, Problem, SetPasswordRequest, UserAccount, UserChangeRequest, UserList } from '@muster/contracts';
import { type ServiceContext, changeOwnPassword, createUser, getUser, listUsers, setUserPassword, updateUser, userDto } from '@muster/services';
import { z } from 'zod';
import { actorOf } from '../plugins/authenticate.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const params = z.object({ id: z.uuid() });
const noContent = z.null().describe('No content');

/** Accounts: an admin lists, opens and changes them and sets passwords; every user changes their own password. */
export function userRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];
  const tags = ['accounts'];
  api.get(
    '/api/users',
    { schema: { tags, summary: 'Every account, disabled ones too, in email order (admin)', security, response: { 200: UserList, ...errors } } },
    async (request) => ({ items: (await listUsers(ctx, actorOf(request))).map(userDto) }),
  );
  api.get('/api/users/:id', { schema: { tags, summary: 'One account (admin)', security, params, response: { 200: UserAccount, ...errors } } }, async (request) =>
    userDto(await getUser(ctx, actorOf(request), request.params.id)),
  );
  api.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Open an account (admin): an officer account needs its officerId, a supervisor at least one unit; a password of 12 to 1024 characters',
        security,
        body: CreateUserRequest,
        response: { 201: UserAccount, ...errors },
      },
    },
    async (request, reply) => {
      const { officerId, unitIds, ...rest } = request.body;
      const created = await createUser(ctx, actorOf(request), { ...rest, ...(officerId === undefined ? {} : { officerId }), ...(unitIds === undefined ? {} : { unitIds }) });
      return reply.code(201).header('location', `/api/users/${created.id}`).send(userDto(created));
    },
  );
  api.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: "Change an account's role, officer (null clears it), units, or disable / enable it (admin; not one's own role or access)",
        security,
        params,
        body: UserChangeRequest,
        response: { 200: UserAccount, ...errors },
      },
    },
    async (request) => {
      const { role, officerId, unitIds, disabled } = request.body;
      const updated = await updateUser(ctx, actorOf(request), request.params.id, {
        ...(role === undefined ? {} : { role }),
        ...(officerId === undefined ? {} : { officerId }),
        ...(unitIds === undefined ? {} : { unitIds }),
        ...(disabled === undefined ? {} : { disabled }),
      });
      return userDto(updated);
    },
  );
  api.post(
    '/api/users/:id/password',
    { schema: { tags, summary: 'Give an account a new password (admin)', security, params, body: SetPasswordRequest, response: { 204: noContent, ...errors } } },
    async (request, reply) => {
      await setUserPassword(ctx, actorOf(request), request.params.id, request.body.password);
      return reply.code(204).send(null);
    },
  );
  api.post(
    '/api/me/password',
    {
      schema: {
        tags,
        summary: 'Change your own password; a wrong current one counts as a failed sign-in',
        security,
        body: ChangeOwnPasswordRequest,
        response: { 204: noContent, 400: Problem, 401: Problem, 422: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(ctx, actorOf(request), request.body.currentPassword, request.body.newPassword, request.ip);
      return reply.code(204).send(null);
    },
  );
}
