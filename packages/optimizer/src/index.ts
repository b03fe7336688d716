export * from './curtois/curtois-instance.ts';
export * from './curtois/parse-curtois-instance.ts';
export * from './curtois/curtois-rules.ts';
export * from './curtois/curtois-model.ts';
export * from './curtois/score-employee.ts';
export * from './curtois/evaluate-curtois.ts';
export * from './curtois/curtois-solution-file.ts';
