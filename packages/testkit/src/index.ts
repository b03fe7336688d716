export * from './local-time.ts';
export * from './builders.ts';
export * from './verify-rule.ts';
export * from './schedule-from-steps.ts';
export * from './arbitrary-schedule.ts';
export * from './brute-force-rolling-windows.ts';
export * from './shift-records.ts';
