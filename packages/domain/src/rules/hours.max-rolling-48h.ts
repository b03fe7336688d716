import { rollingHoursRule } from './rolling-hours.ts';

/** Duty hours in any 48 h from the start of a duty period: > 30 warn. */
export const hoursMaxRolling48h = rollingHoursRule({
  id: 'hours.max-rolling-48h',
  title: 'Hours in 48 h',
  windowHours: 48,
  comparison: 'above',
  defaults: { enabled: true, warn: 30, block: null },
});
