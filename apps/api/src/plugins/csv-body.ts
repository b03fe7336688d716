import type { FastifyInstance } from 'fastify';

/**
 * The largest CSV upload, in bytes. 50 MiB holds about 700,000 shift rows — far more than one
 * import needs — while JSON bodies stay at 1 MiB.
 */
export const CSV_BODY_LIMIT = 50 * 1024 * 1024;

/**
 * Makes the routes of `app` (an encapsulated plugin) read `text/csv` and `text/plain` bodies as
 * text up to CSV_BODY_LIMIT, and nothing else: a JSON body there is 415
 * `request.unsupported-media-type`, and the JSON routes outside keep refusing CSV.
 */
export function csvBodies(app: FastifyInstance): FastifyInstance {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string', bodyLimit: CSV_BODY_LIMIT }, (_request, body, done) => done(null, body));
  return app;
}
