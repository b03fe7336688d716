import { type TestEngine, postgresReachable } from '@muster/testkit';

/** The API suites run on the embedded database always, and on PostgreSQL when the server answers. */
export const ENGINES: readonly TestEngine[] = (await postgresReachable()) ? ['pglite', 'postgres'] : ['pglite'];
