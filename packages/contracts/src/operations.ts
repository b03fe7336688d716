import { z } from 'zod';
import { DateTime } from './common.ts';

const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" or "-", at most 64')
  .describe('an operation id');
const RoleName = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a role name in lower-case kebab-case, e.g. "entry-team"');
const QualificationId = z.string().min(1).max(64);

export const RiskTier = z.enum(['low', 'elevated', 'high', 'critical']);

export const OperationRole = z
  .object({
    role: z.string(),
    count: z.number().int(),
    requiredQualifications: z.array(z.string()),
    lead: z.boolean().optional(),
    driving: z.boolean().optional(),
  })
  .meta({ id: 'OperationRole' });

export const Operation = z
  .object({
    id: z.string(),
    name: z.string(),
    unitId: z.string().nullable().describe('null: agency-wide'),
    start: DateTime,
    end: DateTime,
    riskTier: RiskTier,
    timeZone: z.string().optional(),
    roles: z.array(OperationRole),
    staffing: z
      .object({
        status: z.enum(['planned', 'proposed', 'staffed']),
        proposals: z.number().int(),
        open: z.number().int().describe('proposals waiting for a decision'),
        decidedProposalId: z.number().int().optional(),
        decision: z.enum(['accepted', 'overridden']).optional(),
      })
      .optional()
      .describe('in lists, for readers of its proposals: where its staffing stands'),
  })
  .meta({ id: 'Operation' });

export const OperationList = z.object({ items: z.array(Operation) }).meta({ id: 'OperationList' });

export const NewOperationRole = z
  .object({
    role: RoleName,
    count: z.number().int().min(1).max(500),
    requiredQualifications: z.array(QualificationId).max(20).optional().describe("absent: the policy's roles map says what the role needs"),
    lead: z.boolean().optional(),
    driving: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'NewOperationRole' });

export const NewOperation = z
  .object({
    id: Id.optional().describe('generated (OP- and 8 characters) when absent'),
    name: z.string().trim().min(1).max(200),
    unitId: z.string().min(1).max(64).nullable().optional().describe('absent or null: agency-wide (admin only)'),
    start: DateTime,
    end: DateTime,
    riskTier: RiskTier,
    // At most 30 roles: the staffing engine keeps an officer's roles in one 30-bit mask.
    roles: z
      .array(NewOperationRole)
      .min(1)
      .max(30)
      .refine((roles) => new Set(roles.map((r) => r.role)).size === roles.length, 'each role once (give a role a count instead of repeating it)'),
  })
  .strict()
  .meta({ id: 'NewOperation' });

export const ProposalMember = z
  .object({
    role: z.string(),
    officerId: z.string(),
    name: z.string(),
    recruit: z.boolean(),
    veteran: z.boolean(),
    score: z.number().describe('lower is better: hours in the 7 days before + 0.5 × overtime hours this month + 10 per warning'),
    hoursPrior7Days: z.number(),
    overtimeHoursThisMonth: z.number(),
    warnings: z.array(z.string()).describe('rule ids of the warn-level findings the assignment would create'),
    dutyRecordId: z.number().int().optional().describe('the record written once the proposal is accepted or overridden'),
  })
  .meta({ id: 'ProposalMember' });

export const UnfilledRole = z.object({ role: z.string(), missing: z.number().int(), reason: z.string() }).meta({ id: 'UnfilledRole' });

export const ExcludedOfficer = z
  .object({
    officerId: z.string(),
    name: z.string(),
    gate: z.string().describe('the first gate failed: unavailable, qualification, a rule id, team.recruit-lead, team.veteran-ratio or ranked-lower'),
    reason: z.string(),
  })
  .meta({ id: 'ExcludedOfficer' });

export const ProposalStatus = z.enum(['proposed', 'accepted', 'overridden', 'discarded']);

export const Proposal = z
  .object({
    id: z.number().int(),
    operationId: z.string(),
    status: ProposalStatus,
    scope: z.enum(['unit', 'agency']),
    policyVersion: z.number().int(),
    team: z.array(ProposalMember).describe("the team in force: the proposed one, or the supervisor's after an override"),
    unfilled: z.array(UnfilledRole),
    excluded: z.array(ExcludedOfficer),
    officersConsidered: z.number().int(),
    fullyChecked: z.number().int(),
    proposedTeam: z.array(ProposalMember).optional().describe('what the engine proposed, when an override replaced it'),
    createdBy: z.string(),
    createdAt: DateTime,
    decidedBy: z.string().optional(),
    decidedAt: DateTime.optional(),
    reason: z.string().optional(),
  })
  .meta({ id: 'Proposal' });

export const ProposalList = z.object({ items: z.array(Proposal) }).meta({ id: 'ProposalList' });

export const ProposalRequest = z
  .object({ scope: z.enum(['unit', 'agency']).optional().describe("agency: candidates from every unit, not only the operation's") })
  .strict()
  .meta({ id: 'ProposalRequest' });

export const ProposalOverride = z
  .object({
    team: z
      .array(z.object({ role: z.string().min(1).max(64), officerId: z.string().min(1).max(64) }).strict())
      .min(1)
      .max(500),
    reason: z.string().trim().min(10, 'a reason of at least 10 characters').max(2000),
  })
  .strict()
  .meta({ id: 'ProposalOverride' });

export const ProposalDiscard = z
  .object({ reason: z.string().trim().min(1).max(2000).optional() })
  .strict()
  .meta({ id: 'ProposalDiscard' });
