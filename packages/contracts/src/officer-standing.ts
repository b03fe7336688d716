import { z } from 'zod';
import { DateTime, Day } from './common.ts';

/** One local week of an officer's days off and day-off debt. */
export const DaysOffWeek = z
  .object({
    from: Day.describe('first local day of the week (the policy’s week start)'),
    to: Day.describe('last local day of the week'),
    offDays: z.array(Day).describe('local days without a minute of duty'),
    daysOff: z.number().int(),
    guaranteedDaysOff: z.number().int(),
    shortDays: z.number().int().describe('days off short of the guarantee, added to the debt'),
    repaidDays: z.number().int().describe('days off beyond the guarantee that repaid earlier debt'),
    debtDays: z.number().int().describe('day-off debt at the end of the week, in days (never below 0)'),
    planned: z.boolean().describe('part of the week is after today: its days off are as scheduled now'),
  })
  .meta({ id: 'DaysOffWeek' });

export const OfficerDaysOff = z
  .object({
    officerId: z.string(),
    timeZone: z.string(),
    today: Day,
    weekStartsOn: z.number().int().min(0).max(6).describe('0 = Sunday … 6 = Saturday (policy pay.title5.weekStartsOn)'),
    guaranteedDaysOffPerWeek: z.number().int().describe('from the block level of days-off.min-per-7-days: ⌊7 / block⌋'),
    basis: z.string(),
    weeks: z.array(DaysOffWeek),
    debtNowDays: z.number().int().describe('debt at the end of the current week'),
    debtAtEndDays: z.number().int().describe('debt at the end of the last week shown, as scheduled now'),
  })
  .meta({ id: 'OfficerDaysOff', description: 'Days off and day-off debt per local week (docs/day-off-debt.md)' });

export const OfficerOvertime = z
  .object({
    officerId: z.string(),
    unitId: z.string(),
    unitTimeZone: z.string(),
    at: DateTime,
    periodStart: Day.describe('1 January of the current year in the unit’s zone: overtime hours count from here'),
    standing: z.object({
      position: z.number().int().min(1).describe('1 = next to be offered overtime'),
      listLength: z.number().int(),
      overtimeHours: z.number(),
      aboveHours: z.number().nullable().describe('overtime hours of the officer just before on the list (null when first)'),
      belowHours: z.number().nullable().describe('overtime hours of the officer just after on the list (null when last)'),
      tiedCount: z.number().int().describe('others with exactly the same hours (seniority orders them)'),
    }),
    months: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), hours: z.number(), records: z.number().int() })),
    recent: z.array(z.object({ id: z.number().int(), start: DateTime, end: DateTime, hours: z.number(), status: z.string() })),
  })
  .meta({ id: 'OfficerOvertime', description: 'Place on the unit’s overtime equalisation list and overtime history; never other officers’ identities' });
