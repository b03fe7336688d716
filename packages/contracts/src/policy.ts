import { z } from 'zod';

export const PolicyDocument = z
  .object({
    version: z.number().int().describe('0 = muster’s built-in defaults'),
    yaml: z.string().nullable().describe('the stored policy file; null when running on the defaults'),
    policy: z.record(z.string(), z.unknown()).describe('the policy in force, defaults filled in'),
  })
  .meta({ id: 'PolicyDocument' });

export const PolicyUpdate = z
  .object({
    yaml: z
      .string()
      .min(1)
      .max(256 * 1024),
  })
  .meta({ id: 'PolicyUpdate' });
