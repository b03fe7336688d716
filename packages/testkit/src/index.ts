export * from './local-time.ts';
export * from './builders.ts';
export * from './verify-rule.ts';
