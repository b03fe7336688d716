export * from './risk-index-params.ts';
export * from './shift-type.ts';
export * from './shift-length-factor.ts';
export * from './successive-factor.ts';
export * from './quick-return-factor.ts';
export * from './breaks-factor.ts';
export * from './schedule-risk-index.ts';
