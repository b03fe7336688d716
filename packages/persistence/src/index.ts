export * from './open-database.ts';
export * from './migrate-to-latest.ts';
export * from './pg-store.ts';
export type { DatabaseTables } from './database-tables.ts';
