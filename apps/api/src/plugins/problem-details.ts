import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '@muster/kernel';
import { statusOf } from '../error-status.ts';

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

/** Sends an RFC 9457 problem document: the stable code, a sentence, and the values involved. */
export function sendProblem(reply: FastifyReply, request: FastifyRequest, code: string, detail: string, details?: Record<string, unknown>): FastifyReply {
  const status = statusOf(code);
  if (code === 'auth.rate-limited' && typeof details?.['retryAfterSeconds'] === 'number') reply.header('retry-after', String(details['retryAfterSeconds']));
  return reply
    .code(status)
    .type('application/problem+json')
    .serializer(JSON.stringify)
    .send({
      type: `https://muster.invalid/errors/${code}`,
      title: TITLES[status] ?? 'Error',
      status,
      detail,
      code,
      instance: request.url,
      ...(details === undefined || Object.keys(details).length === 0 ? {} : { details }),
    });
}

/** Fastify's own client errors (bad JSON, too large, wrong content type) as muster codes. */
function frameworkCode(error: FastifyError): string | undefined {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'request.too-large';
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'request.unsupported-media-type';
  if (error.validation !== undefined) return 'request.invalid';
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) return 'request.invalid';
  return undefined;
}

/** Answers a request no route took (e.g. the web app's own pages); undefined lets it be a 404. */
export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined;

/** Every error leaves as a problem document; a stack trace never does (it goes to the log). */
export function problemDetails(app: FastifyInstance, fallback?: () => NotFoundFallback | undefined): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendProblem(reply, request, error.code, error.message, { ...error.details });
    const code = frameworkCode(error);
    if (code === 'request.invalid' && error.validation !== undefined) {
      const issues = error.validation.map((issue) => ({ where: `${error.validationContext ?? 'body'}${issue.instancePath || ''}`, message: issue.message ?? 'is invalid' }));
      return sendProblem(reply, request, code, `The request is not valid: ${issues.map((i) => `${i.where} ${i.message}`).join('; ')}.`, { issues });
    }
    if (code !== undefined) return sendProblem(reply, request, code, error.message);
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, request, 'server.internal', 'Something went wrong on our side; the request changed nothing it could not finish. The log has the details.');
  });
  app.setNotFoundHandler(
    (request, reply) =>
      fallback?.()?.(request, reply) ??
      sendProblem(reply, request, 'route.not-found', `There is no ${request.method} ${request.url.split('?')[0]}. Maybe see /api/docs for the endpoints.`),
  );
}
