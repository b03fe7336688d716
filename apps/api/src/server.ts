// `npm start`: the service on one port, the embedded database (or DATABASE_URL), the demo agency.
import { AppError } from '@muster/kernel';
import { readServiceConfig } from './service-config.ts';
import { startService } from './start-service.ts';

const log = (line: string): void => void process.stdout.write(`${line}\n`);
let service: Awaited<ReturnType<typeof startService>>;
let config: ReturnType<typeof readServiceConfig>;
try {
  config = readServiceConfig(process.env, process.cwd());
  service = await startService(config, log);
} catch (error) {
  // A setting or the database is wrong: say which, without a stack trace, and exit 2.
  if (!(error instanceof AppError) && !(error instanceof Error && /^[A-Z_]+=/.test(error.message))) throw error;
  process.stderr.write(`muster: ${error.message}${error instanceof AppError ? ` [${error.code}]` : ''}\n`);
  process.exit(2);
}

log(`muster is running at ${service.url}`);
log(`  database: ${service.database.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded, in ${config.dataDir}`}`);
log(`  API docs: ${service.url}/api/docs`);
if (service.demo !== undefined && service.demo.accounts.length > 0) {
  log(`  demo sign-ins (password: ${process.env['MUSTER_DEMO_PASSWORD'] === undefined ? config.demoPassword : 'as set in MUSTER_DEMO_PASSWORD'}):`);
  for (const account of service.demo.accounts)
    log(
      `    ${account.email.padEnd(26)} ${account.role}${account.officerId ? ` (officer ${account.officerId})` : ''}${account.unitIds.length ? ` (units ${account.unitIds.join(', ')})` : ''}`,
    );
}
log('Press Ctrl+C to stop.');

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping…`);
  service.stop().then(
    () => {
      log('stopped; all data is saved.');
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`error while stopping: ${String(error)}\n`);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
