import { z } from 'zod';
import { DateTime } from './common.ts';

export const RoleName = z.enum(['officer', 'supervisor', 'training', 'leadership', 'analyst', 'admin']);

export const LoginRequest = z.object({ email: z.string().min(3).max(254), password: z.string().min(1).max(1024) }).meta({ id: 'LoginRequest' });

export const LoginResponse = z.object({ token: z.string(), expiresAt: DateTime }).meta({ id: 'LoginResponse' });

export const Me = z
  .object({
    id: z.string(),
    email: z.string(),
    role: RoleName,
    officerId: z.string().nullable(),
    unitIds: z.array(z.string()),
  })
  .meta({ id: 'Me' });
