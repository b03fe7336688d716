import { rollingHoursRule } from './rolling-hours.ts';

/** Duty hours in any 96 h from the start of a duty period: > 40 warn. */
export const hoursMaxRolling96h = rollingHoursRule({
  id: 'hours.max-rolling-96h',
  title: 'Hours in 96 h',
  windowHours: 96,
  comparison: 'above',
  defaults: { enabled: true, warn: 40, block: null },
});
