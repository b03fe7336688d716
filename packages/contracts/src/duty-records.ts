import { z } from 'zod';
import { DateTime } from './common.ts';

export const DutyKind = z.enum(['regular', 'overtime', 'training', 'court', 'on_call', 'travel']);

export const DutyRecord = z
  .object({
    id: z.number().int(),
    officerId: z.string(),
    start: DateTime,
    end: DateTime,
    kind: DutyKind,
    status: z.enum(['draft', 'published', 'cancelled']),
    operationId: z.string().optional(),
    role: z.string().optional(),
    updatedAt: DateTime,
  })
  .meta({ id: 'DutyRecord' });

export const NewDutyRecord = z
  .object({
    officerId: z.string().min(1),
    start: DateTime,
    end: DateTime,
    kind: DutyKind,
    operationId: z.string().min(1).optional(),
    role: z.string().min(1).optional(),
    status: z.enum(['draft', 'published']).optional(),
  })
  .meta({ id: 'NewDutyRecord' });

export const CreateDutyRecords = z.object({ records: z.array(NewDutyRecord).min(1).max(5000) }).meta({ id: 'CreateDutyRecords' });

export const DutyRecordChange = z
  .object({
    officerId: z.string().min(1).optional(),
    start: DateTime.optional(),
    end: DateTime.optional(),
    kind: DutyKind.optional(),
    status: z.enum(['draft', 'published', 'cancelled']).optional(),
  })
  .refine((change) => Object.keys(change).length > 0, 'at least one field to change')
  .meta({ id: 'DutyRecordChange' });

export const DutyRecordList = z.object({ items: z.array(DutyRecord) }).meta({ id: 'DutyRecordList' });
