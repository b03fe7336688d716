import { z } from 'zod';
import { DateTime, Day } from './common.ts';
import { Unit } from './officers.ts';

/** The most officers one readiness answer holds (the demo agency has 600). */
export const READINESS_MAX_OFFICERS = 1000;

/** Which officers: one unit's (or every one the user may see) that must requalify before a day (or all). */
export const ReadinessQuery = z.object({
  unit: z.string().min(1).max(64).optional(),
  before: Day.optional().meta({ description: 'Only officers with a held qualification whose last valid day is before this local day (or already past)' }),
  limit: z.coerce.number().int().min(1).max(READINESS_MAX_OFFICERS).default(READINESS_MAX_OFFICERS),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The CSV variant reads every matching officer: no paging. */
export const ReadinessCsvQuery = ReadinessQuery.pick({ unit: true, before: true });

/** The matrix as CSV text: one line per officer, three columns (status, expires, days left) per qualification. */
export const ReadinessCsv = z.string().meta({ description: 'The readiness matrix as CSV, one line per officer (docs/readiness.md)' });

export const ReadinessStatus = z
  .enum(['valid', 'expiring', 'expired', 'missing'])
  .meta({ id: 'ReadinessStatus', description: 'valid; expiring (inside the catalogue warning window); expired (past the last valid day); missing (never held)' });

/** A column of the matrix: a qualification of the catalogue in force. */
export const ReadinessQualification = z
  .object({ id: z.string(), name: z.string(), validityMonths: z.number().int(), warningDays: z.number().int() })
  .meta({ id: 'ReadinessQualification' });

/** One officer × qualification: the officer's grant of it with the latest expiry day, if any. */
export const ReadinessCell = z
  .object({
    status: ReadinessStatus,
    issued: Day.nullable(),
    /** The last valid local day (valid through its end). */
    expires: Day.nullable(),
    /** Local days from today to `expires` (0 on the expiry day, negative once expired); null when missing. */
    daysLeft: z.number().int().nullable(),
    /** Whether this grant makes the officer requalify before `before` (false when no `before` was given). */
    due: z.boolean(),
  })
  .meta({ id: 'ReadinessCell' });

export const ReadinessOfficer = z
  .object({
    id: z.string(),
    name: z.string(),
    unit: z.string(),
    rank: z.string(),
    academyTrack: z.enum(['full', 'abbreviated', 'lateral']),
    hireDate: Day,
    /** Years in this agency today, one decimal. */
    serviceYears: z.number(),
    priorLeYears: z.number(),
    /** The staffing team rules' recruit (under a year here, or an abbreviated academy). */
    recruit: z.boolean(),
    /** The staffing team rules' veteran (≥ 3 years of service, here and before). */
    veteran: z.boolean(),
    /** One cell per qualification, in the order of `qualifications`. */
    cells: z.array(ReadinessCell),
  })
  .meta({ id: 'ReadinessOfficer' });

/** How many of the answer's officers (every page) are in each status for one qualification. */
export const ReadinessCounts = z
  .object({ qualificationId: z.string(), valid: z.number().int(), expiring: z.number().int(), expired: z.number().int(), missing: z.number().int() })
  .meta({ id: 'ReadinessCounts' });

export const ReadinessMatrix = z
  .object({
    /** The instant the statuses are judged at; days are each officer's local days. */
    at: DateTime,
    unit: z.string().nullable(),
    before: Day.nullable(),
    policyVersion: z.number().int(),
    /** The units the user may ask for. */
    units: z.array(Unit),
    qualifications: z.array(ReadinessQualification),
    officers: z.array(ReadinessOfficer),
    counts: z.array(ReadinessCounts),
    /** Officers matching, on every page. */
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'ReadinessMatrix' });
