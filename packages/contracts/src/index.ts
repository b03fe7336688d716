export * from './common.ts';
export * from './problem.ts';
export * from './auth.ts';
export * from './officers.ts';
export * from './duty-records.ts';
export * from './roster.ts';
export * from './audit.ts';
