import { resolve } from 'node:path';

/** How the service is set up, read from the environment once, at the edge. */
export interface ServiceConfig {
  readonly port: number;
  readonly host: string;
  /** A PostgreSQL server; when absent, the embedded database in `dataDir`. */
  readonly databaseUrl?: string;
  readonly dataDir: string;
  /** Load the demo agency on first start and create the demo accounts. */
  readonly demo: boolean;
  readonly demoPassword: string;
  /** The demo agency's size and shape (MUSTER_DEMO_OFFICERS, _OFFICES, _UNITS_PER_OFFICE); generator defaults when absent. */
  readonly demoShape: { readonly officers?: number; readonly fieldOffices?: number; readonly unitsPerOffice?: number };
  /** Outside demo mode: the first admin account, created when there are no accounts yet. */
  readonly adminEmail?: string;
  readonly adminPassword?: string;
}

/** The default data directory: `.muster-data` in the directory muster is started from. */
export const DEFAULT_DATA_DIR = '.muster-data';

export function readServiceConfig(env: NodeJS.ProcessEnv, cwd: string): ServiceConfig {
  const port = env['PORT'] === undefined || env['PORT'] === '' ? 8080 : Number(env['PORT']);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT=${env['PORT']} is not a port number (0–65535).`);
  return {
    port,
    host: env['HOST'] ?? '0.0.0.0',
    ...(env['DATABASE_URL'] ? { databaseUrl: env['DATABASE_URL'] } : {}),
    dataDir: resolve(cwd, env['MUSTER_DATA_DIR'] ?? DEFAULT_DATA_DIR),
    demo: (env['MUSTER_DEMO'] ?? '1') !== '0',
    demoPassword: env['MUSTER_DEMO_PASSWORD'] ?? 'muster-demo',
    demoShape: {
      ...wholeNumber(env, 'MUSTER_DEMO_OFFICERS', 'officers'),
      ...wholeNumber(env, 'MUSTER_DEMO_OFFICES', 'fieldOffices'),
      ...wholeNumber(env, 'MUSTER_DEMO_UNITS_PER_OFFICE', 'unitsPerOffice'),
    },
    ...(env['MUSTER_ADMIN_EMAIL'] ? { adminEmail: env['MUSTER_ADMIN_EMAIL'] } : {}),
    ...(env['MUSTER_ADMIN_PASSWORD'] ? { adminPassword: env['MUSTER_ADMIN_PASSWORD'] } : {}),
  };
}

function wholeNumber<K extends string>(env: NodeJS.ProcessEnv, name: string, key: K): Partial<Record<K, number>> {
  const text = env[name];
  if (text === undefined || text === '') return {};
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}=${text} is not a whole number ≥ 1.`);
  return { [key]: value } as Partial<Record<K, number>>;
}
