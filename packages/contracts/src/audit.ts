import { z } from 'zod';
import { DateTime } from './common.ts';

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: DateTime,
    actorId: z.string().optional(),
    actorEmail: z.string().optional(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  })
  .meta({ id: 'AuditEntry' });

export const AuditQuery = z.object({
  entity: z.string().optional(),
  entityId: z.string().optional(),
  beforeId: z.coerce.number().int().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const AuditList = z.object({ items: z.array(AuditEntry) }).meta({ id: 'AuditList' });
