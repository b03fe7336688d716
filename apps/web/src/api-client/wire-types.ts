// The API's answers as the web app reads them: the wire schemas of @muster/contracts (types only,
// so nothing of zod reaches the bundle).
import type {
  DutyRecord as DutyRecordSchema,
  Finding as FindingSchema,
  Me as MeSchema,
  Officer as OfficerSchema,
  RoleName,
  RosterJob as RosterJobSchema,
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

// Operations and staffing proposals (features/staffing).
import type {
  ExcludedOfficer as ExcludedOfficerSchema,
  NewOperation as NewOperationSchema,
  Operation as OperationSchema,
  Proposal as ProposalSchema,
  ProposalMember as ProposalMemberSchema,
} from '@muster/contracts';

export type Operation = z.infer<typeof OperationSchema>;
export type NewOperation = z.input<typeof NewOperationSchema>;
export type Proposal = z.infer<typeof ProposalSchema>;
export type ProposalMember = z.infer<typeof ProposalMemberSchema>;
export type ExcludedOfficer = z.infer<typeof ExcludedOfficerSchema>;
export type RosterJob = z.infer<typeof RosterJobSchema>;
export type RosterJobResult = NonNullable<RosterJob['result']>;

// The readiness matrix (features/readiness).
import type { ReadinessMatrix as ReadinessMatrixSchema, ReadinessStatus as ReadinessStatusSchema } from '@muster/contracts';

export type ReadinessMatrix = z.infer<typeof ReadinessMatrixSchema>;
export type ReadinessStatus = z.infer<typeof ReadinessStatusSchema>;

// The leadership dashboards (features/dashboards).
import type { DashboardScopes as DashboardScopesSchema, Dashboards as DashboardsSchema, MetricDefinition as MetricDefinitionSchema } from '@muster/contracts';

export type Dashboards = z.infer<typeof DashboardsSchema>;
export type DashboardScopes = z.infer<typeof DashboardScopesSchema>;
export type MetricDefinition = z.infer<typeof MetricDefinitionSchema>;
