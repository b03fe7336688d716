import { z } from 'zod';
import { DateTime, Day } from './common.ts';
import { DutyKind, DutyRecord } from './duty-records.ts';
import { Finding } from './roster.ts';

/** A local wall-clock time of day. */
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time as HH:MM');
const Weekday = z.enum(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);

export const ShiftTemplate = z
  .object({ id: z.string().min(1).max(32), start: ClockTime, end: ClockTime, kind: DutyKind })
  .meta({ id: 'ShiftTemplate', description: 'A shift with local start and end times; an end not after the start is on the next day.' });

export const WeeklyDemand = z
  .object({
    template: z.string().min(1).max(32),
    weekday: Weekday,
    role: z.string().min(1).max(64),
    count: z.number().int().min(1).max(1000),
    requiredQualifications: z.array(z.string().min(1)).max(20).default([]),
  })
  .meta({ id: 'WeeklyDemand', description: 'Officers needed on a template, in a role, on every such weekday (local, in the unit’s zone).' });

export const RosterSettingsRequest = z
  .object({ templates: z.array(ShiftTemplate).max(50), weeklyDemand: z.array(WeeklyDemand).max(2000) })
  .strict()
  .meta({ id: 'RosterSettingsRequest' });

export const RosterSettings = z
  .object({
    unitId: z.string(),
    templates: z.array(ShiftTemplate),
    weeklyDemand: z.array(WeeklyDemand.extend({ requiredQualifications: z.array(z.string()) })),
    updatedAt: DateTime,
    updatedBy: z.string().optional(),
  })
  .meta({ id: 'RosterSettings' });

export const CreateRosterJob = z
  .object({
    unitId: z.string().min(1).max(64),
    from: Day,
    to: Day,
    timeLimitSeconds: z.number().int().min(1).max(120).default(10),
    steps: z.number().int().min(1).max(10_000_000).optional().describe('stop after this many search steps as well (reproducible with the seed)'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .optional(),
  })
  .strict()
  .meta({ id: 'CreateRosterJob' });

const Score = z.object({ hard: z.number(), soft: z.number() });

export const RosterJobProgress = z
  .object({
    fraction: z.number().min(0).max(1),
    elapsedMs: z.number(),
    steps: z.number().int(),
    best: Score.optional(),
    uncovered: z.number().int().optional(),
    error: z.string().optional(),
  })
  .meta({ id: 'RosterJobProgress' });

export const ProposedRecord = z.object({ officerId: z.string(), start: DateTime, end: DateTime, kind: DutyKind, role: z.string().optional() }).meta({ id: 'ProposedRecord' });

export const UncoveredDemand = z
  .object({
    day: Day,
    template: z.string(),
    role: z.string(),
    missing: z.number().int(),
    required: z.array(z.string()),
    officers: z.object({ notQualified: z.number().int(), alreadyScheduled: z.number().int(), wouldBreak: z.record(z.string(), z.number().int()), available: z.number().int() }),
    message: z.string(),
  })
  .meta({ id: 'UncoveredDemand' });

export const RosterJobResult = z
  .object({
    policyVersion: z.number().int(),
    stoppedBy: z.enum(['time', 'steps', 'cancelled']),
    steps: z.number().int(),
    elapsedMs: z.number(),
    score: Score,
    summary: z.object({
      proposed: z.number().int(),
      added: z.number().int(),
      removed: z.number().int(),
      unchanged: z.number().int(),
      uncovered: z.number().int(),
      coveredByPinned: z.number().int().describe('officer-shifts of demand already covered by pinned (published or begun) records'),
      block: z.number().int(),
      warn: z.number().int(),
    }),
    proposed: z.array(ProposedRecord),
    added: z.array(ProposedRecord),
    removed: z.array(DutyRecord),
    uncovered: z.array(UncoveredDemand),
    findings: z.array(Finding),
    officers: z.array(z.object({ officerId: z.string(), hours: z.number(), overtimeHours: z.number(), peakKss: z.number().nullable() })),
  })
  .meta({ id: 'RosterJobResult' });

export const RosterJob = z
  .object({
    id: z.string(),
    unitId: z.string(),
    from: Day,
    to: Day,
    status: z.enum(['queued', 'running', 'done', 'failed', 'cancelled', 'accepted', 'discarded']),
    options: z.object({ timeLimitSeconds: z.number().int(), stepLimit: z.number().int().optional(), seed: z.number().int() }),
    progress: RosterJobProgress,
    createdBy: z.string(),
    createdAt: DateTime,
    finishedAt: DateTime.optional(),
    result: RosterJobResult.optional(),
  })
  .meta({ id: 'RosterJob' });

export const RosterJobList = z.object({ items: z.array(RosterJob) }).meta({ id: 'RosterJobList' });
