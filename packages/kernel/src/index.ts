export * from './instant.ts';
export * from './civil.ts';
export * from './time-zone.ts';
export * from './iso-time.ts';
export * from './result.ts';
export * from './app-error.ts';
export * from './clock.ts';
export * from './rng.ts';
