// The API's answers as the web app reads them: the wire schemas of @muster/contracts (types only,
// so nothing of zod reaches the bundle).
import type {
  DutyRecord as DutyRecordSchema,
  Finding as FindingSchema,
  Me as MeSchema,
  Officer as OfficerSchema,
  RoleName,
  RosterBoard as RosterBoardSchema,
  Unit as UnitSchema,
} from '@muster/contracts';
import type { z } from 'zod';

export type Role = z.infer<typeof RoleName>;
export type Me = z.infer<typeof MeSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Officer = z.infer<typeof OfficerSchema>;
export type DutyRecord = z.infer<typeof DutyRecordSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type RosterBoard = z.infer<typeof RosterBoardSchema>;
