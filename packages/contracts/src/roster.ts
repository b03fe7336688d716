import { z } from 'zod';
import { DateTime, Day } from './common.ts';
import { DutyRecord } from './duty-records.ts';
import { Officer, Unit } from './officers.ts';

export const Finding = z
  .object({
    ruleId: z.string(),
    level: z.enum(['warn', 'block']),
    officerId: z.string(),
    start: DateTime,
    end: DateTime,
    measured: z.number(),
    limit: z.number(),
    unit: z.string(),
    facts: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string(),
    overrideId: z.number().int().optional(),
  })
  .meta({ id: 'Finding' });

export const Override = z
  .object({
    id: z.number().int(),
    officerId: z.string(),
    ruleId: z.string(),
    findingStart: DateTime,
    findingEnd: DateTime,
    reason: z.string(),
    expiresAt: DateTime,
    approvedBy: z.string(),
    createdAt: DateTime,
    revokedAt: DateTime.optional(),
  })
  .meta({ id: 'Override' });

export const RosterRange = z.object({ from: Day, to: Day });

export const RosterBoardQuery = RosterRange.extend({
  officers: z
    .string()
    .regex(/^[^,]+(,[^,]+)*$/, 'officer ids separated by commas')
    .max(4000)
    .optional()
    .describe("only these officers' rows (comma-separated ids), e.g. the ones an edit touched"),
});

export const RosterBoard = z
  .object({
    unit: Unit,
    from: Day,
    to: Day,
    policyVersion: z.number().int(),
    officers: z.array(Officer),
    records: z.array(DutyRecord),
    findings: z.array(Finding),
    overrides: z.array(Override),
    summary: z.object({ block: z.number().int(), warn: z.number().int(), overridden: z.number().int() }),
  })
  .meta({ id: 'RosterBoard' });
