import type { Officer } from '@muster/domain';
import { AppError, type DayNumber, type Instant, MS_PER_DAY, TimeZone, formatDay, instant, timeZone } from '@muster/kernel';
import { canSeeAggregates, requireAccess } from '../access/access-rules.ts';
import type { Actor } from '../access/actor.ts';
import { groupBy } from '../group-by.ts';
import { HISTORY_DAYS, officerFindings, overrideFor } from '../roster/officer-findings.ts';
import type { ServiceContext } from '../service-context.ts';
import { COVERAGE_GAP_METRIC, type CoverageDay, sumCoverage, unitCoverage } from './coverage-gaps.ts';
import { DashboardCache } from './dashboard-cache.ts';
import { type DashboardScopeQuery, scopeUnits } from './dashboard-scope.ts';
import { dashboardWeeks } from './dashboard-weeks.ts';
import { EXCEEDANCES_METRIC, type ExceedanceWeek, exceedancesOverTime } from './exceedances-over-time.ts';
import { FATIGUE_EXPOSURE_METRIC, fatigueExposure, officerExposure } from './fatigue-exposure.ts';
import type { MetricDefinition } from './metric-definition.ts';
import { OfficerExposureCache } from './officer-exposure-cache.ts';
import { OVERTIME_METRIC, type OvertimeDistribution, overtimeDistribution, overtimeHoursPerOfficer } from './overtime-distribution.ts';

/** A week on the wire: its first and last local day and how many days it has. */
export interface WeekDto {
  readonly start: string;
  readonly end: string;
  readonly days: number;
}

/**
 * The four leadership dashboards of a scope over local days `from`..`to`: aggregates only — no
 * officer's id, name or single record — each with the metric definition it was computed under.
 */
export interface LeadershipDashboards {
  readonly scope: { readonly office: string | null; readonly unit: string | null; readonly units: number; readonly officers: number };
  readonly from: string;
  readonly to: string;
  readonly policyVersion: number;
  readonly weeks: WeekDto[];
  readonly overtime: { readonly metric: MetricDefinition } & OvertimeDistribution;
  readonly fatigue: {
    readonly metric: MetricDefinition;
    /** The policy's warning level of `fatigue.kss-on-duty` (null: none set, so no share is computed). */
    readonly kssLevel: number | null;
    readonly weeks: (WeekDto & { readonly dutyHours: number; readonly hoursAtOrAbove: number; readonly share: number | null; readonly officersOnDuty: number })[];
    readonly total: { readonly dutyHours: number; readonly hoursAtOrAbove: number; readonly share: number | null };
    readonly note: string;
  };
  readonly exceedances: {
    readonly metric: MetricDefinition;
    readonly weeks: (WeekDto & Omit<ExceedanceWeek, 'start' | 'end'>)[];
    readonly total: { readonly warn: number; readonly block: number; readonly overridden: number; readonly overridesGranted: number; readonly overridesRevoked: number };
  };
  readonly coverage: {
    readonly metric: MetricDefinition;
    /** Units in scope with roster settings (whose demand is counted) and without. */
    readonly unitsWithSettings: number;
    readonly unitsWithoutSettings: number;
    readonly days: (Omit<CoverageDay, 'day'> & { readonly day: string })[];
    readonly total: Omit<CoverageDay, 'day'>;
  };
}

const caches = new WeakMap<ServiceContext, { answers: DashboardCache<LeadershipDashboards>; exposures: OfficerExposureCache }>();

/**
 * The dashboards of a scope (agency, field office or unit) on local days `from`..`to` (each officer's
 * and unit's own zone). Leadership, admin and analysts read them. A finished answer is kept until
 * the policy, a record, override or officer of a unit in scope, or a unit's roster settings change.
 */
export async function leadershipDashboards(ctx: ServiceContext, actor: Actor, scope: DashboardScopeQuery, from: DayNumber, to: DayNumber): Promise<LeadershipDashboards> {
  requireAccess(canSeeAggregates(actor), actor, 'read the agency dashboards');
  const units = await scopeUnits(ctx.store, scope);
  const { version } = await ctx.policy.current();
  const settings = await Promise.all(units.map((u) => ctx.store.rosterSettings.get(u.id)));
  const key = [scope.office ?? '', scope.unit ?? '', from, to, version, ...units.map((u, i) => `${u.id}:${ctx.boards.generation(u.id)}:${settings[i]?.updatedAt ?? '-'}`)].join(
    '|',
  );
  let cache = caches.get(ctx);
  if (cache === undefined) caches.set(ctx, (cache = { answers: new DashboardCache(), exposures: new OfficerExposureCache() }));
  const { exposures } = cache;
  const answer = await cache.answers.get(key, ctx.clock.now(), () => computeDashboards(ctx, exposures, scope, units, settings, from, to));
  if (actor.role === 'analyst') refuseSmallGroup(answer.scope.officers, (await ctx.policy.current()).policy.statistics.minimumGroupSize);
  return answer;
}

/**
 * Readers of aggregates only (analysts) get no scope of fewer officers than the policy's minimum
 * group size: a mean, maximum or histogram of so few describes a person. Leadership and admins,
 * who may read every officer anyway, are not held to it.
 */
function refuseSmallGroup(officers: number, minimumGroupSize: number): void {
  if (officers >= minimumGroupSize) return;
  throw new AppError(
    'dashboards.group-too-small',
    `This scope holds ${officers} officer${officers === 1 ? '' : 's'}; aggregates are released for groups of at least ${minimumGroupSize} (policy statistics.minimumGroupSize), so that no figure describes a person. Maybe choose the field office or the whole agency.`,
    { officers, minimumGroupSize },
  );
}

async function computeDashboards(
  ctx: ServiceContext,
  exposureCache: OfficerExposureCache,
  scope: DashboardScopeQuery,
  units: Awaited<ReturnType<typeof scopeUnits>>,
  settings: Awaited<ReturnType<ServiceContext['store']['rosterSettings']['get']>>[],
  from: DayNumber,
  to: DayNumber,
): Promise<{ value: LeadershipDashboards; validUntil: number }> {
  const { version, policy } = await ctx.policy.current();
  const now = ctx.clock.now();
  const officers = await ctx.store.officers.list({ unitIds: units.map((u) => u.id) });
  const ids = officers.map((o) => o.id);
  // Read before the records, so a write while they are read leaves no stale part behind.
  const generations = new Map(officers.map((o) => [o.id, ctx.boards.partGeneration(o.unit, o.id)]));
  const fallback = timeZone(policy.timeZone);
  const zoneOf = (o: Officer): TimeZone => TimeZone.find(o.timeZone) ?? fallback;
  const unitZones = new Map(units.map((u) => [u.id, TimeZone.find(u.timeZone) ?? fallback]));
  const zones = [...new Set([...officers.map(zoneOf), ...unitZones.values()])];
  const readFrom = instant(Math.min(...zones.map((z) => z.startOfLocalDay(from))) - HISTORY_DAYS * MS_PER_DAY);
  const readTo = instant(Math.max(...zones.map((z) => z.startOfLocalDay(to + 1))) + 2 * MS_PER_DAY);
  const [records, grants, overrides] = await Promise.all([
    ctx.store.duty.between(ids, readFrom, readTo),
    ctx.store.qualifications.forOfficers(ids),
    ctx.store.overrides.list({ officerIds: ids }),
  ]);
  const byOfficer = groupBy(records, (r) => r.officerId);
  const weeks = dashboardWeeks(from, to);
  const weekDtos = weeks.map((w) => ({ start: formatDay(w.start), end: formatDay(w.end), days: w.end - w.start + 1 }));

  // Overtime distribution.
  const overtime = overtimeDistribution(overtimeHoursPerOfficer(officers, records, from, to, zoneOf));

  // Fatigue exposure: the officer fatigue prediction, per officer, summed by week.
  const kssLevel = policy.rules['fatigue.kss-on-duty']?.warn ?? null;
  const exposures =
    kssLevel === null
      ? []
      : officers.map((o) =>
          exposureCache.get(`${o.id}|${from}|${to}|${version}`, generations.get(o.id)!, () => officerExposure(byOfficer.get(o.id) ?? [], zoneOf(o), policy, kssLevel, weeks)),
        );
  const exposure = fatigueExposure(exposures, weeks, policy.fatigue.epochMinutes);

  // Exceedances: the board's check of each unit's officers, in the unit's zone for reading.
  const officersByUnit = groupBy(officers, (o) => o.unit);
  const officerZones = new Map(officers.map((o) => [o.id, zoneOf(o)]));
  const dayOf = (officerId: string, at: Instant): DayNumber => (officerZones.get(officerId) ?? fallback).localDayOf(at);
  const exceedanceWeeks: ExceedanceWeek[][] = [];
  for (const unit of units) {
    const unitOfficers = officersByUnit.get(unit.id) ?? [];
    if (unitOfficers.length === 0) continue;
    const checked = await officerFindings(ctx, unitOfficers, from, to, unitZones.get(unit.id)!);
    const unitIds = new Set(unitOfficers.map((o) => o.id));
    exceedanceWeeks.push(
      exceedancesOverTime(
        checked.findings,
        overrides.filter((o) => unitIds.has(o.officerId)),
        weeks,
        dayOf,
        (f) => overrideFor(f, checked.overrides) !== undefined,
      ),
    );
  }
  const exceedances = weeks.map((w, i) =>
    sumExceedanceWeeks(
      exceedanceWeeks.map((u) => u[i]!),
      w,
    ),
  );

  // Coverage: each unit's weekly demand against its officers' records.
  const grantsByOfficer = groupBy(grants, (g) => g.officerId);
  const coverageUnits: CoverageDay[][] = [];
  units.forEach((unit, i) => {
    const own = settings[i];
    if (own === undefined) return;
    const zone = unitZones.get(unit.id)!;
    const unitOfficers = officersByUnit.get(unit.id) ?? [];
    const firstStart = zone.startOfLocalDay(from) - MS_PER_DAY;
    const lastStart = zone.startOfLocalDay(to + 1);
    coverageUnits.push(
      unitCoverage(
        {
          zone,
          settings: own,
          officers: new Map(unitOfficers.map((o) => [o.id, o])),
          qualifications: new Map(unitOfficers.map((o) => [o.id, grantsByOfficer.get(o.id) ?? []])),
          records: new Map(unitOfficers.map((o) => [o.id, (byOfficer.get(o.id) ?? []).filter((r) => r.start >= firstStart && r.start < lastStart)])),
          policy,
        },
        from,
        to,
      ),
    );
  });
  const coverageDays = sumCoverage(coverageUnits, from, to);

  // Blocks count as overridden while their override is active: the answer is good until the first expires.
  const validUntil = Math.min(...overrides.filter((o) => o.revokedAt === undefined && o.expiresAt > now).map((o) => o.expiresAt));
  const value: LeadershipDashboards = {
    scope: { office: scope.office ?? null, unit: scope.unit ?? null, units: units.length, officers: officers.length },
    from: formatDay(from),
    to: formatDay(to),
    policyVersion: version,
    weeks: weekDtos,
    overtime: { metric: OVERTIME_METRIC, ...overtime },
    fatigue: {
      metric: FATIGUE_EXPOSURE_METRIC,
      kssLevel,
      weeks: exposure.weeks.map((w, i) => ({ ...w, ...weekDtos[i]! })),
      total: exposure.total,
      note: 'Group-average estimates from the roster and the sleep assumed, not measurements of any officer; a share, not a verdict that a roster is safe.',
    },
    exceedances: {
      metric: EXCEEDANCES_METRIC,
      weeks: exceedances.map((w, i) => ({ ...w, ...weekDtos[i]! })),
      total: {
        warn: sum(exceedances, (w) => w.warn),
        block: sum(exceedances, (w) => w.block),
        overridden: sum(exceedances, (w) => w.overridden),
        overridesGranted: sum(exceedances, (w) => w.overridesGranted),
        overridesRevoked: sum(exceedances, (w) => w.overridesRevoked),
      },
    },
    coverage: {
      metric: COVERAGE_GAP_METRIC,
      unitsWithSettings: coverageUnits.length,
      unitsWithoutSettings: units.length - coverageUnits.length,
      days: coverageDays.map((d) => ({ ...d, day: formatDay(d.day) })),
      total: {
        required: sum(coverageDays, (d) => d.required),
        covered: sum(coverageDays, (d) => d.covered),
        gap: sum(coverageDays, (d) => d.gap),
        requiredHours: round2(sum(coverageDays, (d) => d.requiredHours)),
        gapHours: round2(sum(coverageDays, (d) => d.gapHours)),
      },
    },
  };
  return { value, validUntil };
}

/** Units' counts of one week added up (rules merged by id). */
function sumExceedanceWeeks(parts: readonly ExceedanceWeek[], week: { start: DayNumber; end: DayNumber }): ExceedanceWeek {
  const byRule = new Map<string, { warn: number; block: number }>();
  for (const part of parts)
    for (const r of part.byRule) {
      const counts = byRule.get(r.ruleId) ?? { warn: 0, block: 0 };
      byRule.set(r.ruleId, { warn: counts.warn + r.warn, block: counts.block + r.block });
    }
  return {
    start: week.start,
    end: week.end,
    warn: sum(parts, (p) => p.warn),
    block: sum(parts, (p) => p.block),
    overridden: sum(parts, (p) => p.overridden),
    overridesGranted: sum(parts, (p) => p.overridesGranted),
    overridesRevoked: sum(parts, (p) => p.overridesRevoked),
    byRule: [...byRule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([ruleId, c]) => ({ ruleId, ...c })),
  };
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
