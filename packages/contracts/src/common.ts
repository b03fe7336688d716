import { z } from 'zod';

/** A local calendar day, `YYYY-MM-DD`. */
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** An absolute time: ISO 8601 with `Z` or an offset. */
export const DateTime = z.iso.datetime({ offset: true });

export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
