import { z } from 'zod';
import { DateTime } from './common.ts';

const Span = z.object({ start: DateTime, end: DateTime });

export const OfficerFatigue = z
  .object({
    officerId: z.string(),
    timeZone: z.string(),
    start: DateTime,
    stepMinutes: z.number().int(),
    kss: z.array(z.number()),
    lapses: z.array(z.number()),
    duties: z.array(Span),
    sleep: z.array(Span.extend({ source: z.string(), rule: z.string() })),
    peak: z.object({ kss: z.number(), at: DateTime }).nullable(),
    kssWarn: z.number().nullable(),
    kssBlock: z.number().nullable(),
    note: z.string(),
  })
  .meta({ id: 'OfficerFatigue' });

export const OfficerHours = z
  .object({
    at: DateTime,
    measures: z.array(
      z.object({
        id: z.enum(['hours.48h', 'hours.7d', 'hours.28d', 'overtime.month']),
        label: z.string(),
        hours: z.number(),
        warn: z.number().nullable(),
        block: z.number().nullable(),
        basis: z.string(),
      }),
    ),
  })
  .meta({ id: 'OfficerHours' });
