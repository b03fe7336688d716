// Every migration in the order it runs: the name is its timestamp, so a new one sorts last.
import type { Migration } from 'kysely';
import * as initial from './20261121T1300-initial.ts';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '20261121T1300-initial': initial,
};
