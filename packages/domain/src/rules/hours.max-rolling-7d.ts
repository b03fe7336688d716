import { rollingHoursRule } from './rolling-hours.ts';

/** Duty hours in any 7 days (168 h) from the start of a duty period: ≥ 60 warn, ≥ 72 block. */
export const hoursMaxRolling7d = rollingHoursRule({
  id: 'hours.max-rolling-7d',
  title: 'Hours in 7 days',
  windowHours: 168,
  comparison: 'at-or-above',
  defaults: { enabled: true, warn: 60, block: 72 },
});
