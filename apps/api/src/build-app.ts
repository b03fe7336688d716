import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ServiceContext } from '@muster/services';
import { requireSignIn } from './plugins/authenticate.ts';
import { csvBodies } from './plugins/csv-body.ts';
import { type NotFoundFallback, problemDetails } from './plugins/problem-details.ts';
import { serveWebApp } from './plugins/web-app.ts';
import { auditRoutes } from './routes/audit.ts';
import { loginRoute, meRoute } from './routes/auth.ts';
import { dashboardRoutes } from './routes/dashboards.ts';
import { dutyRecordRoutes } from './routes/duty-records.ts';
import { exportRoutes } from './routes/exports.ts';
import { healthRoutes } from './routes/health.ts';
import { importRoutes } from './routes/imports.ts';
import { officerRoutes } from './routes/officers.ts';
import { officerStandingRoutes } from './routes/officer-standing.ts';
import { operationRoutes } from './routes/operations.ts';
import { overrideRoutes } from './routes/overrides.ts';
import { policyRoutes } from './routes/policy.ts';
import { proposalRoutes } from './routes/proposals.ts';
import { readinessRoutes } from './routes/readiness.ts';
import { rosterJobRoutes } from './routes/roster-jobs.ts';
import { rosterSettingsRoutes } from './routes/roster-settings.ts';
import { rosterRoutes } from './routes/roster.ts';
import { userRoutes } from './routes/users.ts';

export interface AppOptions {
  readonly ctx: ServiceContext;
  /** Fastify's logger setting (off in tests). */
  readonly logger?: FastifyServerOptions['logger'];
  /** The built web app to serve beside the API (apps/web/dist); none when absent or not built. */
  readonly webRoot?: string;
  /** Largest request body in bytes (default 1 MiB; CSV imports have their own, larger limit). */
  readonly bodyLimit?: number;
}

/**
 * The HTTP API, without listening: tests call `inject()`, `server.ts` calls `listen()`.
 * Public: health, login, the OpenAPI document and its docs; everything else needs a bearer token.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? 1024 * 1024, trustProxy: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  let webFallback: NotFoundFallback | undefined;
  problemDetails(app, () => webFallback);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Muster API', version: '0.1.0', description: 'Duty-time ledger, rules and findings, rosters and staffing for field enforcement agencies.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const { ctx } = options;
  healthRoutes(app, ctx);
  loginRoute(app, ctx);
  await app.register(async (signedIn) => {
    requireSignIn(signedIn, ctx);
    meRoute(signedIn);
    userRoutes(signedIn, ctx);
    officerRoutes(signedIn, ctx);
    officerStandingRoutes(signedIn, ctx);
    dutyRecordRoutes(signedIn, ctx);
    rosterRoutes(signedIn, ctx);
    rosterSettingsRoutes(signedIn, ctx);
    rosterJobRoutes(signedIn, ctx);
    overrideRoutes(signedIn, ctx);
    operationRoutes(signedIn, ctx);
    proposalRoutes(signedIn, ctx);
    policyRoutes(signedIn, ctx);
    auditRoutes(signedIn, ctx);
    exportRoutes(signedIn, ctx);
    readinessRoutes(signedIn, ctx);
    dashboardRoutes(signedIn, ctx);
    // Only the import routes read CSV bodies (up to CSV_BODY_LIMIT); they refuse JSON with 415.
    await signedIn.register(async (csv) => importRoutes(csvBodies(csv), ctx));
  });
  if (options.webRoot !== undefined) webFallback = await serveWebApp(app, options.webRoot);
  return app;
}
