import { z } from 'zod';
import { Day } from './common.ts';

export const Officer = z
  .object({
    id: z.string(),
    name: z.string(),
    unit: z.string(),
    rank: z.string(),
    hireDate: Day,
    priorLeYears: z.number(),
    academyTrack: z.enum(['full', 'abbreviated', 'lateral']),
    timeZone: z.string(),
  })
  .meta({ id: 'Officer' });

export const OfficerList = z.object({ items: z.array(Officer), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).meta({ id: 'OfficerList' });

export const OfficerQualification = z
  .object({ id: z.number().int(), officerId: z.string(), qualificationId: z.string(), issued: Day, expires: Day })
  .meta({ id: 'OfficerQualification' });

export const Unit = z.object({ id: z.string(), name: z.string(), fieldOffice: z.string(), timeZone: z.string() }).meta({ id: 'Unit' });
