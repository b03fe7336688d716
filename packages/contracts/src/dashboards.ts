import { z } from 'zod';
import { Day } from './common.ts';

/** A versioned metric definition: what a number on a dashboard counts (docs/metrics.md). */
export const MetricDefinition = z
  .object({ id: z.string(), version: z.number().int().min(1), definition: z.string() })
  .meta({ id: 'MetricDefinition', description: 'A published, versioned metric definition; cite it as id@version.' });

export const DashboardQuery = z.object({
  from: Day,
  to: Day,
  office: z.string().min(1).max(100).optional().describe('a field office name: only its units'),
  unit: z.string().min(1).max(64).optional().describe('a unit id: only that unit'),
});

const Week = z.object({ start: Day, end: Day, days: z.number().int() });
/** A share in 0..1, or null when there is nothing to divide by. */
const Share = z.number().min(0).max(1).nullable();

export const OvertimeDashboard = z
  .object({
    metric: MetricDefinition,
    officers: z.number().int(),
    totalHours: z.number(),
    meanHours: z.number(),
    medianHours: z.number(),
    maxHours: z.number(),
    topDecile: z.object({ officers: z.number().int(), hours: z.number(), share: Share, minHours: z.number() }),
    bins: z.array(z.object({ fromHours: z.number(), toHours: z.number(), officers: z.number().int(), topDecileOfficers: z.number().int() })),
  })
  .meta({ id: 'OvertimeDashboard', description: 'Overtime hours per officer as a histogram (first bin exactly 0 h, then (from, to] bins), with the top-decile share.' });

export const FatigueDashboard = z
  .object({
    metric: MetricDefinition,
    kssLevel: z.number().nullable(),
    weeks: z.array(Week.extend({ dutyHours: z.number(), hoursAtOrAbove: z.number(), share: Share, officersOnDuty: z.number().int() })),
    total: z.object({ dutyHours: z.number(), hoursAtOrAbove: z.number(), share: Share }),
    note: z.string(),
  })
  .meta({ id: 'FatigueDashboard', description: 'Share of duty hours at or above the policy’s KSS warning level, per week; group-average estimates.' });

const ExceedanceCounts = { warn: z.number().int(), block: z.number().int(), overridden: z.number().int(), overridesGranted: z.number().int(), overridesRevoked: z.number().int() };

export const ExceedancesDashboard = z
  .object({
    metric: MetricDefinition,
    weeks: z.array(Week.extend({ ...ExceedanceCounts, byRule: z.array(z.object({ ruleId: z.string(), warn: z.number().int(), block: z.number().int() })) })),
    total: z.object(ExceedanceCounts),
  })
  .meta({ id: 'ExceedancesDashboard', description: 'Warn and block findings per week and rule, and overrides granted and revoked.' });

const CoverageCounts = { required: z.number().int(), covered: z.number().int(), gap: z.number().int(), requiredHours: z.number(), gapHours: z.number() };

export const CoverageDashboard = z
  .object({
    metric: MetricDefinition,
    unitsWithSettings: z.number().int(),
    unitsWithoutSettings: z.number().int(),
    days: z.array(z.object({ day: Day, ...CoverageCounts })),
    total: z.object(CoverageCounts),
  })
  .meta({ id: 'CoverageDashboard', description: 'Officer-shifts required by the weekly demand, covered by records, and the gap, per local day.' });

export const Dashboards = z
  .object({
    scope: z.object({ office: z.string().nullable(), unit: z.string().nullable(), units: z.number().int(), officers: z.number().int() }),
    from: Day,
    to: Day,
    policyVersion: z.number().int(),
    weeks: z.array(Week),
    overtime: OvertimeDashboard,
    fatigue: FatigueDashboard,
    exceedances: ExceedancesDashboard,
    coverage: CoverageDashboard,
  })
  .meta({ id: 'Dashboards', description: 'The leadership dashboards of a scope and range: aggregates only, no officer’s id or name.' });

export const DashboardScopes = z
  .object({
    offices: z.array(z.object({ name: z.string(), units: z.array(z.object({ id: z.string(), name: z.string(), timeZone: z.string() })) })),
  })
  .meta({ id: 'DashboardScopes' });
