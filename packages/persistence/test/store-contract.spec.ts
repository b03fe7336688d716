import { describeStoreContract, postgresReachable } from '@muster/testkit';
import { describe, it } from 'vitest';

describeStoreContract('pglite');

if (await postgresReachable()) describeStoreContract('postgres');
else describe('Store contract on postgres', () => it.skip('PostgreSQL is not reachable at MUSTER_TEST_DATABASE_URL', () => undefined));
